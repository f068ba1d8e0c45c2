import Yams

/// One pipeline file as written: its settings and `stages:` entries, before `extends` is applied and before stage
/// names are looked up. Every value keeps where it was written, for diagnostics.
struct PipelineSpec {
    /// The file it was read from.
    let text: PipelineText
    /// `name:`, which must match the name the file is found by.
    var name: Located<String>?
    /// `description:`.
    var description: Located<String>?
    /// `language:`.
    var language: Located<String>?
    /// `extends:`, the pipeline this one starts from.
    var extends: Located<String>?
    /// `stages:`, in order.
    var stages: [StageSpec] = []
}

/// One entry of a `stages:` list, as written.
struct StageSpec {
    /// Where the entry starts.
    let position: SourcePosition
    /// `use:`, the registry name of the stage type.
    var use: Located<String>?
    /// `id:`, the stage's name in the pipeline.
    var id: Located<String>?
    /// Where `with:` was written, if it was.
    var withKey: SourcePosition?
    /// The `with:` settings, in the order written.
    var options: [OptionSetting] = []
    /// `remove:`, for a pipeline that drops a stage of the one it extends.
    var remove: Located<Bool>?
    /// `before:`, placing a new stage before a stage of the pipeline it extends.
    var before: Located<String>?
    /// `after:`, placing a new stage after a stage of the pipeline it extends.
    var after: Located<String>?

    /// The id the entry goes by: its `id:`, else its `use:`.
    var effectiveID: Located<String>? { id ?? use }
}

/// One key of a stage's `with:` mapping and the YAML value written for it.
struct OptionSetting {
    /// The option key.
    let key: Located<String>
    /// The value node, decoded later through the stage's `Options` type.
    let value: Located<Node>
}
