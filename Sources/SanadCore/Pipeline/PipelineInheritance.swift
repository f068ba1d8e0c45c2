/// Applies a pipeline file over the pipeline it `extends`.
///
/// Entries of the file's `stages:` are matched to the parent's stages by id (`id:`, or `use:` when there is none):
/// - An entry whose id is a parent stage changes that stage where it is: each key of its `with:` replaces the
///   parent's value for that key, and the parent's other keys stay (a list or mapping value is replaced whole, not
///   merged). It may repeat the stage's `use:` but not change it.
/// - `remove: true` on such an entry drops the parent's stage; it takes no other settings.
/// - An entry with a new id adds a stage: right after the stage named by `after:`, right before the one named by
///   `before:`, or at the end. New stages go in in the order written, so one may be placed after another.
/// - `description` and `language` are the parent's unless the file sets them; `name` is always the file's own.
///
/// A pipeline that extends nothing simply lists its stages in order; `remove`, `before` and `after` need a parent.
/// In both cases two entries of one file may not share an id.
enum PipelineInheritance {
    /// A parent pipeline: its name, for messages, and its resolved spec.
    typealias Parent = (name: String, spec: ResolvedSpec)

    /// `spec` applied over `parent` (or standing alone when it extends nothing).
    static func resolve(_ spec: PipelineSpec, over parent: Parent?, diagnostics: inout [PipelineDiagnostic])
        -> ResolvedSpec
    {
        var resolved = ResolvedSpec(
            description: spec.description ?? parent?.spec.description,
            language: spec.language ?? parent?.spec.language,
            stages: parent?.spec.stages ?? [])
        var written: [String: SourcePosition] = [:]
        for entry in spec.stages {
            guard let id = entry.effectiveID else {
                diagnostics.append(entry.position.diagnostic("a stage needs `use:` naming its stage type"))
                continue
            }
            if let first = written[id.value] {
                diagnostics.append(
                    id.position.diagnostic(
                        "duplicate stage id `\(id.value)` (first at line \(first.line)); give one of them another `id:`"
                    ))
                continue
            }
            written[id.value] = id.position
            // Only the parent's stages and this file's earlier entries (whose ids differ) are in the list.
            if let parent, let index = resolved.stages.firstIndex(where: { $0.id.value == id.value }) {
                change(&resolved.stages, at: index, with: entry, id: id, parent: parent.name, diagnostics: &diagnostics)
            } else {
                add(entry, id: id, to: &resolved.stages, parent: parent, diagnostics: &diagnostics)
            }
        }
        return resolved
    }

    /// Applies `entry` to the parent's stage at `index`: merges its options, or removes the stage.
    private static func change(
        _ stages: inout [ResolvedStage], at index: Int, with entry: StageSpec, id: Located<String>, parent: String,
        diagnostics: inout [PipelineDiagnostic]
    ) {
        let existing = stages[index]
        if entry.remove?.value == true {
            if let extra = [entry.withKey, entry.before?.position, entry.after?.position].compactMap({ $0 }).first {
                diagnostics.append(
                    extra.diagnostic("`remove: true` drops `\(id.value)`; it takes no `with`, `before` or `after`"))
            }
            stages.remove(at: index)
            return
        }
        if let use = entry.use, use.value != existing.use.value {
            diagnostics.append(
                use.position.diagnostic(
                    "`\(id.value)` is a `\(existing.use.value)` stage in `\(parent)`; give this stage another `id:`, "
                        + "or drop that one with `remove: true`"))
            return
        }
        if let placement = entry.before ?? entry.after {
            diagnostics.append(
                placement.position.diagnostic(
                    "`before` and `after` place new stages; `\(id.value)` is already in `\(parent)`"))
        }
        for setting in entry.options {
            if let old = stages[index].options.firstIndex(where: { $0.key.value == setting.key.value }) {
                stages[index].options[old] = setting
            } else {
                stages[index].options.append(setting)
            }
        }
    }

    /// Inserts the new stage `entry` where its `before:` or `after:` says, or at the end.
    private static func add(
        _ entry: StageSpec, id: Located<String>, to stages: inout [ResolvedStage], parent: Parent?,
        diagnostics: inout [PipelineDiagnostic]
    ) {
        let ids = stages.map(\.id.value)
        if let remove = entry.remove, remove.value {
            if let parent {
                diagnostics.append(
                    id.position.diagnostic(
                        "`\(parent.name)` has no stage `\(id.value)` to remove"
                            + Suggestion.hint(for: id.value, among: ids)))
            } else {
                diagnostics.append(
                    remove.position.diagnostic("`remove` only applies in a pipeline that `extends` another"))
            }
            return
        }
        guard let use = entry.use else {
            if let parent {
                diagnostics.append(
                    id.position.diagnostic(
                        "`\(parent.name)` has no stage `\(id.value)` to change (a new stage needs `use:`)"
                            + Suggestion.hint(for: id.value, among: ids)))
            } else {
                diagnostics.append(id.position.diagnostic("stage `\(id.value)` needs `use:` naming its stage type"))
            }
            return
        }
        var index = stages.endIndex
        if entry.before != nil, let after = entry.after {
            diagnostics.append(after.position.diagnostic("give `before` or `after`, not both"))
        } else if let placement = entry.before ?? entry.after {
            if parent == nil {
                diagnostics.append(
                    placement.position.diagnostic(
                        "`before` and `after` only apply in a pipeline that `extends` another; "
                            + "list the stages in the order they run"))
            } else if let anchor = ids.firstIndex(of: placement.value) {
                index = entry.before != nil ? anchor : anchor + 1
            } else {
                diagnostics.append(
                    placement.position.diagnostic(
                        "no stage `\(placement.value)` to place this stage next to"
                            + Suggestion.hint(for: placement.value, among: ids)))
            }
        }
        stages.insert(ResolvedStage(id: id, use: use, options: entry.options), at: index)
    }
}
