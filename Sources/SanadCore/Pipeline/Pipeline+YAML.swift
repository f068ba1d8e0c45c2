import Yams

extension Pipeline {
    /// The pipeline as YAML, after `extends` is applied and with every stage option spelled out, defaults included:
    /// what `sanad show` prints. Each stage lists `use`, `id` and `with`, whose keys follow the order of the stage's
    /// `Options.documentation`; an option left unset shows as `null`. Loading the text back gives the same pipeline.
    /// - Throws: `YamlError` if the YAML emitter fails.
    public func renderYAML() throws -> String {
        let stageNodes = stages.map { stage in
            var pairs: [(Node, Node)] = [("use", yamlNode(.string(stage.use))), ("id", yamlNode(.string(stage.id)))]
            if case .object(let options) = stage.options, !options.isEmpty {
                let documented = optionKeys(of: stage.stage).filter { options[$0] != nil }
                let others = options.keys.filter { !documented.contains($0) }.sorted()
                pairs.append(("with", Node((documented + others).map { (Node($0), yamlNode(options[$0]!)) })))
            }
            return Node(pairs)
        }
        let root: [(Node, Node)] = [
            ("name", yamlNode(.string(name))),
            ("description", yamlNode(.string(description))),
            ("language", yamlNode(.string(language))),
            ("stages", Node(stageNodes)),
        ]
        return try Yams.serialize(node: Node(root), allowUnicode: true)
    }
}

/// The option keys of `stage`'s type, in documentation order.
private func optionKeys<S: Stage>(of stage: S) -> [String] {
    S.Options.documentation.map(\.key)
}

/// `value` as a YAML node that reads back as the same value (strings that look like numbers or booleans are quoted).
private func yamlNode(_ value: JSONValue) -> Node {
    switch value {
    case .null: .scalar(.init("null", Tag(.null)))
    case .bool(let bool): .scalar(bool.represented())
    case .number(let number) where number.rounded() == number && abs(number) < 1e15:
        .scalar(Int(number).represented())
    case .number(let number): .scalar(.init(String(number), Tag(.float)))  // `0.5`, where Yams would write `5e-1`
    case .string(let string): .scalar(string.represented())
    case .array(let items): Node(items.map(yamlNode))
    case .object(let object): Node(object.keys.sorted().map { (Node($0), yamlNode(object[$0]!)) })
    }
}
