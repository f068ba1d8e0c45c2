/// What a plugin says about itself on its first line: `{"protocol": "sanad.external/1", "name": …, "version": …,
/// "requires": […], "produces": […], "options": {NAME: {"type": …, "default": …, "doc": …}}}`.
///
/// See docs/external-stages.md. Keys it does not know are ignored, so later versions of the protocol can add some.
struct ExternalHandshake: Sendable {
    /// The protocol this implementation speaks.
    static let protocolName = "sanad.external/1"

    /// One option of the plugin.
    struct Option: Sendable {
        /// Its type.
        let type: ExternalOptionType
        /// Its default; nil when the pipeline must set it.
        let defaultValue: JSONValue?
    }

    /// The plugin's name, for logs and messages.
    let name: String
    /// The plugin's version.
    let version: String
    /// The layers it needs with each document.
    let requires: Set<Layer>
    /// The layers it adds.
    let produces: Set<Layer>
    /// Its options by name.
    let options: [String: Option]

    /// Reads a handshake line.
    /// - Throws: what is missing or wrong in it.
    init(_ message: [String: JSONValue]) throws(ExternalStartError) {
        guard case .string(let name)? = message["protocol"], name == Self.protocolName else {
            let found = message["protocol"].map { " (it says `\(JSONLine.encode($0))`)" } ?? ""
            throw ExternalStartError(
                "its first line is not a \(Self.protocolName) handshake\(found): it must be a JSON object with "
                    + "\"protocol\": \"\(Self.protocolName)\", \"name\", \"version\", \"requires\", \"produces\" "
                    + "and \"options\"")
        }
        self.name = try Self.string("name", in: message)
        version = try Self.string("version", in: message)
        requires = try Self.layers("requires", in: message)
        produces = try Self.layers("produces", in: message)
        var options: [String: Option] = [:]
        switch message["options"] {
        case nil, .null?: break
        case .object(let specs)?:
            for (key, spec) in specs {
                guard case .object(let fields) = spec, case .string(let typeName)? = fields["type"] else {
                    throw ExternalStartError("its handshake gives option `\(key)` no \"type\"")
                }
                guard let type = ExternalOptionType(typeName) else {
                    throw ExternalStartError(
                        "its handshake gives option `\(key)` the unknown type `\(typeName)` (the types are string, "
                            + "integer, number, bool, any, list of T, mapping of string to T)")
                }
                let defaultValue = fields["default"]
                if let defaultValue, !type.accepts(defaultValue) {
                    throw ExternalStartError(
                        "its handshake gives option `\(key)` a default that is not of its type \(type)")
                }
                options[key] = Option(type: type, defaultValue: defaultValue)
            }
        default:
            throw ExternalStartError("the \"options\" of its handshake must be an object of option schemas")
        }
        self.options = options
    }

    /// "`text-stats` 1.2.0", as messages name the plugin.
    var title: String { "`\(name)` \(version)" }

    /// Checks that the pipeline declares the same layers as the plugin.
    func check(requires declaredRequires: Set<Layer>, produces declaredProduces: Set<Layer>)
        throws(ExternalStartError)
    {
        for (key, declared, actual) in [
            ("requires", declaredRequires, requires), ("produces", declaredProduces, produces),
        ] where declared != actual {
            throw ExternalStartError(
                "the pipeline says `\(key): \(Self.list(declared))` but the plugin \(title) \(key) "
                    + "\(Self.list(actual)); write `\(key): \(Self.list(actual))` in the stage's `with:`")
        }
    }

    /// The options to send the plugin: `given` over the defaults.
    /// - Throws: for an option the plugin does not have, a value of the wrong type, or a required option not given.
    func configuration(_ given: [String: JSONValue]) throws(ExternalStartError) -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for key in given.keys.sorted() {
            guard let option = options[key] else {
                let known = options.keys.sorted()
                let hint =
                    Suggestion.closest(to: key, among: known).map { "; did you mean `\($0)`?" }
                    ?? (known.isEmpty
                        ? "; it takes none" : "; its options are " + known.map { "`\($0)`" }.joined(separator: ", "))
                throw ExternalStartError("the plugin \(title) has no option `\(key)`\(hint)")
            }
            guard option.type.accepts(given[key]!) else {
                throw ExternalStartError(
                    "the plugin \(title) expects option `\(key)` to be \(option.type), not "
                        + "`\(JSONLine.encode(given[key]!))`")
            }
            result[key] = given[key]
        }
        for (key, option) in options.sorted(by: { $0.key < $1.key }) where result[key] == nil {
            guard let defaultValue = option.defaultValue else {
                throw ExternalStartError(
                    "the plugin \(title) needs option `\(key)` (\(option.type)): set it under `options:`")
            }
            result[key] = defaultValue
        }
        return result
    }

    private static func string(_ key: String, in message: [String: JSONValue]) throws(ExternalStartError) -> String {
        guard case .string(let value)? = message[key], !value.isEmpty else {
            throw ExternalStartError("its handshake has no \"\(key)\" string")
        }
        return value
    }

    private static func layers(_ key: String, in message: [String: JSONValue]) throws(ExternalStartError)
        -> Set<Layer>
    {
        switch message[key] {
        case nil, .null?: return []
        case .array(let values)?:
            var layers: Set<Layer> = []
            for case .string(let name) in values { layers.insert(Layer(name)) }
            guard layers.count == values.count else {
                throw ExternalStartError("the \"\(key)\" of its handshake must be a list of distinct layer names")
            }
            return layers
        default:
            throw ExternalStartError("the \"\(key)\" of its handshake must be a list of layer names")
        }
    }

    /// `[a, b]`, sorted.
    private static func list(_ layers: Set<Layer>) -> String {
        "[" + layers.sorted().map(\.rawValue).joined(separator: ", ") + "]"
    }
}
