import Foundation
import Yams

/// Builds one stage of a pipeline from its `with:` settings.
///
/// The settings are merged over the defaults (`Options()` encoded), keys that `Options.documentation` does not list
/// are refused with a "did you mean", the result is decoded through the stage's `Options` type, and the stage is
/// constructed once with `init(options:)`. Each setting is also decoded alone over the defaults, so that every bad
/// value is reported at its own YAML node rather than only the first one `Decodable` meets.
///
/// Planning (options) and construction are separate steps: construction loads models and lexicons, and the
/// assembler runs the constructions of all stages at once, so start-up costs the slowest stage, not their sum.
enum StageBuilder {
    /// A stage whose options are valid, ready to be constructed.
    struct Plan: Sendable {
        /// The stage's id in the pipeline.
        let id: String
        /// Its registry name, where the pipeline file gives it (errors in construction are reported there).
        let use: Located<String>
        /// The resolved options, as `sanad show` prints them.
        let options: JSONValue
        /// Constructs the stage (the possibly slow part).
        let construct: @Sendable () throws -> any Stage

        /// The constructed stage, or a diagnostic at its `use:` saying why it cannot be set up.
        func build() -> Result<PipelineStage, PipelineLoadError> {
            do {
                return .success(PipelineStage(id: id, use: use.value, options: options, stage: try construct()))
            } catch {
                return .failure(
                    PipelineLoadError([use.position.diagnostic("cannot set up `\(id)`: \(error)")]))
            }
        }
    }

    /// The stage's plan, or nil after reporting why its options are not valid.
    static func plan(_ spec: ResolvedStage, as type: any Stage.Type, diagnostics: inout [PipelineDiagnostic]) -> Plan? {
        plan(spec, type, diagnostics: &diagnostics)
    }

    private static func plan<S: Stage>(
        _ spec: ResolvedStage, _ type: S.Type, diagnostics: inout [PipelineDiagnostic]
    ) -> Plan? {
        let documentation = S.Options.documentation
        let keys = documentation.map(\.key)
        var known: [OptionSetting] = []
        for setting in spec.options {
            if keys.contains(setting.key.value) {
                known.append(setting)
            } else {
                diagnostics.append(setting.key.position.diagnostic(unknownOption(setting.key.value, of: S.self)))
            }
        }
        let defaults: Node
        do {
            defaults = try Yams.compose(yaml: YAMLEncoder().encode(S.Options())) ?? Node([(Node, Node)]())
        } catch {
            diagnostics.append(spec.use.position.diagnostic("`\(S.name)` cannot encode its default options: \(error)"))
            return nil
        }
        var valid = known.count == spec.options.count
        for setting in known {
            do {
                _ = try decode(S.Options.self, defaults: defaults, settings: [setting])
            } catch {
                valid = false
                diagnostics.append(diagnostic(for: error, at: setting, documentation: documentation))
            }
        }
        guard valid else { return nil }
        do {
            let options = try decode(S.Options.self, defaults: defaults, settings: known)
            return Plan(id: spec.id.value, use: spec.use, options: try resolvedOptions(options, keys: keys)) {
                try S(options: options)
            }
        } catch {
            diagnostics.append(spec.use.position.diagnostic("cannot set up `\(spec.id.value)`: \(error)"))
            return nil
        }
    }

    /// "`x` has no option `y`", with the closest option or the list of options.
    private static func unknownOption<S: Stage>(_ key: String, of type: S.Type) -> String {
        let keys = S.Options.documentation.map(\.key)
        let message = "`\(S.name)` has no option `\(key)`"
        if let match = Suggestion.closest(to: key, among: keys) { return message + "; did you mean `\(match)`?" }
        if keys.isEmpty { return "`\(S.name)` takes no options" }
        return message + "; its options are " + keys.map { "`\($0)`" }.joined(separator: ", ")
    }

    /// `settings` written over the `defaults` mapping, decoded as `Options`.
    private static func decode<Options: StageOptions>(
        _ type: Options.Type, defaults: Node, settings: [OptionSetting]
    ) throws -> Options {
        let written = Set(settings.map(\.key.value))
        let pairs =
            (defaults.mapping ?? [:]).filter { !written.contains($0.key.string ?? "") }.map { ($0.key, $0.value) }
            + settings.map { (Node($0.key.value), $0.value.value) }
        var directories: [String: String] = [:]
        for setting in settings {
            directories[setting.key.value] = setting.key.position.text.directory
        }
        return try YAMLDecoder().decode(
            Options.self, from: Node(pairs), userInfo: [.optionDirectories: directories])
    }

    /// A diagnostic at the YAML node that `error`'s coding path leads to inside `setting`'s value.
    private static func diagnostic(for error: any Error, at setting: OptionSetting, documentation: [OptionDoc])
        -> PipelineDiagnostic
    {
        let key = setting.key.value
        let expected = "expected " + (documentation.first { $0.key == key }?.type ?? "another value")
        let (path, detail): ([any CodingKey], String) =
            switch error as? DecodingError {
            case .dataCorrupted(let context): (context.codingPath, context.debugDescription)
            case .typeMismatch(_, let context), .valueNotFound(_, let context): (context.codingPath, expected)
            case .keyNotFound(let missing, let context): (context.codingPath, "missing `\(missing.stringValue)`")
            case nil: ([], "\(error)")
            @unknown default: ([], "\(error)")
            }
        var node = setting.value.value
        for codingKey in path.dropFirst() {
            guard let child = child(of: node, at: codingKey) else { break }
            node = child
        }
        return setting.value.position.text.position(of: node).diagnostic("invalid value for `\(key)`: \(detail)")
    }

    /// The value at `key` of a mapping, or the element at `key`'s index of a sequence.
    private static func child(of node: Node, at key: any CodingKey) -> Node? {
        switch node {
        case .mapping(let mapping): mapping.first { $0.key.string == key.stringValue }?.value
        case .sequence(let sequence): key.intValue.flatMap { sequence.indices.contains($0) ? sequence[$0] : nil }
        case .scalar, .alias: nil
        }
    }

    /// The options as `sanad show` prints them: every documented key, `null` for an option left unset.
    private static func resolvedOptions<Options: StageOptions>(_ options: Options, keys: [String]) throws
        -> JSONValue
    {
        let encoded = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(options))
        guard case .object(var object) = encoded else { return encoded }
        for key in keys where object[key] == nil { object[key] = .null }
        return .object(object)
    }
}
