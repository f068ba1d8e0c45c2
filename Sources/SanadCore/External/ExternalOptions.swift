/// The options of the `external` stage: the plugin's command line and environment, the layers the pipeline
/// declares for it, the plugin's own options, and the limits that decide when it has failed.
///
/// ```yaml
/// - use: external
///   id: stats
///   with:
///     command: [python3, text_stats.py]   # run in the directory of this pipeline file
///     requires: [tokens, sentences]
///     produces: [text_stats]
///     options: {top: 5}
/// ```
///
/// Each value is checked as it is read, so a bad one is reported at its place in the YAML; whether `command` is
/// given is checked when the stage is built. The plugin's own `options` are checked against the schema in its
/// handshake when it starts.
public struct ExternalOptions: StageOptions {
    /// The plugin's command line: the program (looked up on `PATH` unless it holds a `/`) and its arguments.
    public var command: [String] = []
    /// The layers sent to the plugin with each document; must equal those its handshake requires.
    public var requires: [String] = []
    /// The layers the plugin adds; must equal those its handshake produces.
    public var produces: [String] = []
    /// The plugin's own options, checked against the schema in its handshake and sent to it before any document.
    public var options: [String: JSONValue] = [:]
    /// Environment variables set for the plugin, over those `sanad` has.
    public var env: [String: String] = [:]
    /// Seconds the plugin may take over one document before it is killed (and to exit once its input ends).
    public var timeout: Double = 30
    /// Seconds the plugin may take to start: to write its handshake and answer `configure` (loading a model, say).
    public var startTimeout: Double = 60
    /// How many times the plugin is restarted for one document that it crashed or hung on, before the document
    /// fails.
    public var restarts: Int = 1
    /// The absolute directory of the pipeline file that set `command`, where the plugin runs; nil for a bundled
    /// pipeline or options built in code (the plugin then runs in the working directory). Not an option: it comes
    /// from where the pipeline was read.
    public var directory: String?

    /// The defaults: no command, no layers, 30 s per document, one restart.
    public init() {}

    /// One line per option, for `sanad stages` and the pipeline loader.
    public static let documentation = [
        OptionDoc(
            "command", [String].self, "The plugin's command line; it runs in the directory of the pipeline file."),
        OptionDoc("requires", [String].self, "Layers sent with each document; must match the plugin's handshake."),
        OptionDoc("produces", [String].self, "Layers the plugin adds; must match the plugin's handshake."),
        OptionDoc("options", [String: JSONValue].self, "The plugin's own options, checked against its handshake."),
        OptionDoc("env", [String: String].self, "Environment variables for the plugin, over sanad's own."),
        OptionDoc("timeout", Double.self, "Seconds per document before the plugin is killed."),
        OptionDoc("start_timeout", Double.self, "Seconds the plugin may take to start (handshake and options)."),
        OptionDoc("restarts", Int.self, "Restarts for one document that crashed or hung the plugin, before it fails."),
    ]

    private enum Key: String, CodingKey {
        case command, requires, produces, options, env, timeout, restarts
        case startTimeout = "start_timeout"
    }

    /// Reads the options, refusing a bad value at its place in the YAML, and takes ``directory`` from where the
    /// pipeline file that set `command` is.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        command = try container.decodeIfPresent([String].self, forKey: .command) ?? []
        requires = try Self.layers(.requires, in: container)
        produces = try Self.layers(.produces, in: container)
        options = try container.decodeIfPresent([String: JSONValue].self, forKey: .options) ?? [:]
        env = try container.decodeIfPresent([String: String].self, forKey: .env) ?? [:]
        timeout = try container.decodeIfPresent(Double.self, forKey: .timeout) ?? 30
        startTimeout = try container.decodeIfPresent(Double.self, forKey: .startTimeout) ?? 60
        restarts = try container.decodeIfPresent(Int.self, forKey: .restarts) ?? 1
        directory = decoder.pipelineDirectory(ofOption: Key.command.rawValue)
        if let bad = env.keys.sorted().first(where: { $0.isEmpty || $0.contains("=") }) {
            throw DecodingError.dataCorruptedError(
                forKey: .env, in: container, debugDescription: "`\(bad)` is not a variable name")
        }
        for (key, seconds) in [(Key.timeout, timeout), (.startTimeout, startTimeout)]
        where !(seconds > 0 && seconds.isFinite) {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "must be a number of seconds above 0")
        }
        if restarts < 0 {
            throw DecodingError.dataCorruptedError(
                forKey: .restarts, in: container, debugDescription: "must be 0 or more")
        }
        if produces.contains(Layer.normalized.rawValue) {
            throw DecodingError.dataCorruptedError(
                forKey: .produces, in: container,
                debugDescription: "an external stage cannot produce `normalized`: its map back to the original text "
                    + "cannot be sent")
        }
    }

    /// The layer names under `key`: each made of letters, digits and `_`, at most once.
    private static func layers(_ key: Key, in container: KeyedDecodingContainer<Key>) throws -> [String] {
        let names = try container.decodeIfPresent([String].self, forKey: key) ?? []
        for (index, name) in names.enumerated() {
            let valid =
                !name.isEmpty
                && name.unicodeScalars.allSatisfy {
                    $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
                }
            if !valid {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription: "`\(name)` is not a layer name (letters, digits and `_`)")
            }
            if names[..<index].contains(name) {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "`\(name)` is listed twice")
            }
        }
        return names
    }

    /// `seconds` as messages give them: `30 s`, `0.5 s`.
    static func text(seconds: Double) -> String {
        (seconds.rounded() == seconds && seconds < 1e9 ? String(Int(seconds)) : String(seconds)) + " s"
    }

    /// Writes the documented options (not ``directory``).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(command, forKey: .command)
        try container.encode(requires, forKey: .requires)
        try container.encode(produces, forKey: .produces)
        try container.encode(options, forKey: .options)
        try container.encode(env, forKey: .env)
        try container.encode(timeout, forKey: .timeout)
        try container.encode(restarts, forKey: .restarts)
        try container.encode(startTimeout, forKey: .startTimeout)
    }
}

extension JSONValue: OptionValue {
    /// Any JSON value: a plugin's options are checked by the plugin's own schema.
    public static var typeDescription: String { "any value" }
}
