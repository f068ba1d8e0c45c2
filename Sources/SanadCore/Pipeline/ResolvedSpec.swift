/// A pipeline after `extends` is applied: the settings and the stage list that get built.
struct ResolvedSpec {
    /// The description, the file's own or inherited.
    var description: Located<String>?
    /// The language, the file's own or inherited.
    var language: Located<String>?
    /// The stages in the order they run.
    var stages: [ResolvedStage]
}

/// One stage of a ``ResolvedSpec``.
struct ResolvedStage {
    /// The stage's id, where it was written (its `use:` when it has no `id:`).
    let id: Located<String>
    /// The registry name of its type, where it was written.
    let use: Located<String>
    /// Its `with:` settings: the parent's, with the child's merged over them key by key.
    var options: [OptionSetting]
}
