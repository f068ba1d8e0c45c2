import Yams

/// Reads a pipeline file into a ``PipelineSpec``, reporting every problem of shape it finds: YAML syntax, anchors and
/// aliases, unknown keys, values of the wrong kind.
///
/// YAML anchors and aliases (`&name`, `*name`) are refused: pipelines have no use for them, and a few nested aliases
/// (a "billion laughs" document) would expand to gigabytes. Yams composes an alias as the same node as its anchor,
/// shared rather than copied, and the anchor check stops at anchored nodes, so refusing them costs time linear in
/// the file's size. One case escapes: while composing, Yams checks mapping keys for duplicates by hashing them, so an
/// alias bomb used as a mapping *key* is hashed in full (time, not memory) before it can be refused.
enum PipelineSpecParser {
    /// The keys a pipeline file may have.
    static let pipelineKeys = ["name", "description", "language", "extends", "stages"]
    /// The keys a `stages:` entry may have.
    static let stageKeys = ["use", "id", "with", "remove", "before", "after"]

    /// The spec in `text`, or nil when the file is not a YAML mapping; problems go to `diagnostics`.
    static func parse(_ text: PipelineText, diagnostics: inout [PipelineDiagnostic]) -> PipelineSpec? {
        guard let root = compose(text, diagnostics: &diagnostics) else { return nil }
        guard let mapping = root.mapping else {
            diagnostics.append(
                text.position(of: root).diagnostic(
                    "a pipeline file is a mapping of `name`, `description`, `language`, `extends` and `stages`"))
            return nil
        }
        var spec = PipelineSpec(text: text)
        for (keyNode, value) in mapping {
            guard let key = key(keyNode, in: text, diagnostics: &diagnostics) else { continue }
            switch key {
            case "name": spec.name = string(value, for: key, in: text, diagnostics: &diagnostics)
            case "description": spec.description = string(value, for: key, in: text, diagnostics: &diagnostics)
            case "language": spec.language = language(value, in: text, diagnostics: &diagnostics)
            case "extends": spec.extends = string(value, for: key, in: text, diagnostics: &diagnostics)
            case "stages": spec.stages = stages(value, in: text, diagnostics: &diagnostics)
            default:
                diagnostics.append(
                    text.position(of: keyNode).diagnostic(
                        unknownKey(key, kind: "key", owner: "a pipeline", allowed: pipelineKeys)))
            }
        }
        return spec
    }

    /// The document's root node, or nil after reporting a syntax error, an empty file, or anchors.
    private static func compose(_ text: PipelineText, diagnostics: inout [PipelineDiagnostic]) -> Node? {
        do {
            let parser = try Parser(yaml: text.yaml)
            guard let root = try parser.singleRoot() else {
                diagnostics.append(
                    text.diagnostic("the file is empty; a pipeline needs `name`, `language` and `stages`"))
                return nil
            }
            // Nodes hold their anchor weakly and the parser owns it: look while the parser is alive.
            let anchored = withExtendedLifetime(parser) { anchoredNodes(in: root) }
            guard anchored.isEmpty else {
                diagnostics += anchored.map { node, anchor in
                    text.position(of: node).diagnostic(
                        "YAML anchors and aliases (`&\(anchor)`) are not allowed in pipeline files; "
                            + "write the value out where it is used")
                }
                return nil
            }
            return root
        } catch let error as YamlError {
            diagnostics.append(syntaxDiagnostic(error, in: text))
            return nil
        } catch {
            diagnostics.append(text.diagnostic("invalid YAML: \(error)"))
            return nil
        }
    }

    /// Every node that carries an anchor, once each, with the anchor's name; the walk stops at them, so aliases are
    /// never followed.
    private static func anchoredNodes(in root: Node) -> [(node: Node, anchor: String)] {
        var found: [(node: Node, anchor: String)] = []
        var seen: Set<ObjectIdentifier> = []
        var pending = [root]
        while let node = pending.popLast() {
            if let anchor = node.anchor {
                if seen.insert(ObjectIdentifier(anchor)).inserted { found.append((node, anchor.rawValue)) }
                continue
            }
            switch node {
            case .mapping(let mapping): pending += mapping.flatMap { [$0.value, $0.key] }.reversed()
            case .sequence(let sequence): pending += sequence.reversed()
            case .scalar, .alias: break
            }
        }
        return found
    }

    /// A diagnostic for a libyaml or Yams error, at the position it reports.
    private static func syntaxDiagnostic(_ error: YamlError, in text: PipelineText) -> PipelineDiagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let message = [context?.text, problem].compactMap { $0 }.joined(separator: ", ")
            return text.position(line: mark.line, column: mark.column).diagnostic("invalid YAML: \(message)")
        case .reader(let problem, let offset?, _, let yaml):
            let before = yaml.prefix(offset)
            let line = before.filter(\.isNewline).count + 1
            let column = before.reversed().prefix { !$0.isNewline }.count + 1
            return text.position(line: line, column: column).diagnostic("invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return text.position(line: context.mark.line, column: context.mark.column)
                .diagnostic("duplicate key \(keys) in the same mapping")
        default:
            return text.diagnostic("invalid YAML: \(error)")
        }
    }

    /// "unknown key `x`; did you mean `y`?", or the keys `owner` has when none is close.
    private static func unknownKey(_ key: String, kind: String, owner: String, allowed: [String]) -> String {
        if let match = Suggestion.closest(to: key, among: allowed) {
            return "unknown \(kind) `\(key)`; did you mean `\(match)`?"
        }
        return "unknown \(kind) `\(key)`; \(owner) has " + allowed.map { "`\($0)`" }.joined(separator: ", ")
    }

    /// A mapping key as a string, or nil after reporting a key that is not a plain scalar.
    private static func key(_ node: Node, in text: PipelineText, diagnostics: inout [PipelineDiagnostic]) -> String? {
        guard let key = node.scalar?.string else {
            diagnostics.append(text.position(of: node).diagnostic("keys must be plain words, not lists or mappings"))
            return nil
        }
        return key
    }

    /// A non-empty scalar value, or nil after reporting why `node` is not one.
    private static func string(
        _ node: Node, for key: String, in text: PipelineText, diagnostics: inout [PipelineDiagnostic]
    ) -> Located<String>? {
        let position = text.position(of: node)
        switch node {
        case .scalar(let scalar) where !scalar.string.isEmpty:
            return Located(value: scalar.string, position: position)
        case .scalar, .alias:
            diagnostics.append(position.diagnostic("`\(key)` needs a value"))
        case .mapping, .sequence:
            diagnostics.append(position.diagnostic("`\(key)` must be a single value, not a list or mapping"))
        }
        return nil
    }

    /// `language:`, which must look like a BCP-47 tag (kept even when it does not, so that it is not also reported
    /// missing).
    private static func language(
        _ node: Node, in text: PipelineText, diagnostics: inout [PipelineDiagnostic]
    ) -> Located<String>? {
        guard let language = string(node, for: "language", in: text, diagnostics: &diagnostics) else { return nil }
        let subtags = language.value.split(separator: "-", omittingEmptySubsequences: false)
        let isTag =
            (2...3).contains(subtags[0].count) && subtags[0].allSatisfy { $0.isASCII && $0.isLetter }
            && subtags.dropFirst().allSatisfy { subtag in
                (1...8).contains(subtag.count) && subtag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            }
        if !isTag {
            diagnostics.append(
                language.position.diagnostic(
                    "`language` must be a BCP-47 tag such as `ar`, `en` or `ar-EG`, not `\(language.value)`"))
        }
        return language
    }

    /// The `stages:` list.
    private static func stages(
        _ node: Node, in text: PipelineText, diagnostics: inout [PipelineDiagnostic]
    ) -> [StageSpec] {
        guard let sequence = node.sequence else {
            diagnostics.append(
                text.position(of: node).diagnostic("`stages` must be a list of stages, each like `- use: normalize`"))
            return []
        }
        return sequence.compactMap { stage($0, in: text, diagnostics: &diagnostics) }
    }

    /// One `stages:` entry.
    private static func stage(
        _ node: Node, in text: PipelineText, diagnostics: inout [PipelineDiagnostic]
    ) -> StageSpec? {
        let position = text.position(of: node)
        guard let mapping = node.mapping else {
            let example = node.scalar.map { "- use: \($0.string)" } ?? "- use: normalize"
            diagnostics.append(position.diagnostic("a stage is a mapping with at least `use:`, like `\(example)`"))
            return nil
        }
        var stage = StageSpec(position: position)
        for (keyNode, value) in mapping {
            guard let key = key(keyNode, in: text, diagnostics: &diagnostics) else { continue }
            switch key {
            case "use": stage.use = string(value, for: key, in: text, diagnostics: &diagnostics)
            case "id": stage.id = identifier(value, in: text, diagnostics: &diagnostics)
            case "with":
                stage.withKey = text.position(of: keyNode)
                stage.options = options(value, in: text, diagnostics: &diagnostics)
            case "remove": stage.remove = flag(value, for: key, in: text, diagnostics: &diagnostics)
            case "before": stage.before = string(value, for: key, in: text, diagnostics: &diagnostics)
            case "after": stage.after = string(value, for: key, in: text, diagnostics: &diagnostics)
            default:
                diagnostics.append(
                    text.position(of: keyNode).diagnostic(
                        unknownKey(key, kind: "stage key", owner: "a stage", allowed: stageKeys)))
            }
        }
        return stage
    }

    /// `id:`, made of letters, digits, `-`, `_` and `.` so that it reads well in logs and output (kept even when it
    /// is not, so that the stage is still checked under the id written).
    private static func identifier(
        _ node: Node, in text: PipelineText, diagnostics: inout [PipelineDiagnostic]
    ) -> Located<String>? {
        guard let id = string(node, for: "id", in: text, diagnostics: &diagnostics) else { return nil }
        let allowed = id.value.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType == .decimal || "-_.".unicodeScalars.contains($0)
        }
        if !allowed {
            diagnostics.append(id.position.diagnostic("a stage `id` may only hold letters, digits, `-`, `_` and `.`"))
        }
        return id
    }

    /// `remove:`, a boolean.
    private static func flag(
        _ node: Node, for key: String, in text: PipelineText, diagnostics: inout [PipelineDiagnostic]
    ) -> Located<Bool>? {
        guard let value = node.bool else {
            diagnostics.append(text.position(of: node).diagnostic("`\(key)` must be `true` or `false`"))
            return nil
        }
        return Located(value: value, position: text.position(of: node))
    }

    /// The `with:` mapping.
    private static func options(
        _ node: Node, in text: PipelineText, diagnostics: inout [PipelineDiagnostic]
    ) -> [OptionSetting] {
        if case .scalar(let scalar) = node, scalar.string.isEmpty { return [] }  // `with:` left empty
        guard let mapping = node.mapping else {
            diagnostics.append(text.position(of: node).diagnostic("`with` must be a mapping of option names to values"))
            return []
        }
        return mapping.compactMap { keyNode, value in
            key(keyNode, in: text, diagnostics: &diagnostics).map { key in
                OptionSetting(
                    key: Located(value: key, position: text.position(of: keyNode)),
                    value: Located(value: value, position: text.position(of: value)))
            }
        }
    }
}
