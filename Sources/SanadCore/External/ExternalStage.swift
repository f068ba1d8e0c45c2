import Logging

/// The built-in `external` stage: runs a plugin written in any language as a child process and exchanges JSON lines
/// with it (the protocol is in docs/external-stages.md).
///
/// The process is started once per run, before any document, by ``start(logger:)`` (``Runner`` does it), in the
/// directory of the pipeline file that gives its `command`; it must first write a handshake whose layers equal the
/// `requires` and `produces` the pipeline declares, then accept its options. Loading a pipeline never starts it, so
/// `sanad validate` runs no command and checks the layers from the declarations alone.
///
/// Each document becomes one request line; ``process(_:context:)`` may be called from several threads at once, and
/// their requests are then in flight together, matched to answers by id in whatever order they come. A document on
/// which the plugin crashes or exceeds `timeout` (it is then killed) is sent again to a new process up to `restarts`
/// times, each time with an `external.exited` or `external.timeout` event naming it, and then fails. An answer that
/// is not JSON, not the protocol, or has spans outside the text fails the document with the reason.
public struct ExternalStage: LifecycleStage, LayersFromOptions {
    /// The stage's settings.
    public typealias Options = ExternalOptions

    /// `use: external`.
    public static let name = "external"
    /// What `sanad stages` says about it.
    public static let summary =
        "Runs a plugin in any language as a child process over JSON lines (docs/external-stages.md); its layers are "
        + "the `requires` and `produces` it is given."
    /// None of its own: see ``requiredLayers``.
    public static let requires: Set<Layer> = []
    /// None of its own: see ``producedLayers``.
    public static let produces: Set<Layer> = []

    /// The layers sent with each document: the `requires` option.
    public let requiredLayers: Set<Layer>
    /// The layers the plugin adds: the `produces` option.
    public let producedLayers: Set<Layer>
    private let timeout: Double
    private let timeoutText: String
    private let restarts: Int
    private let plugin: ExternalPlugin

    /// Checks that there is a command; starts nothing.
    public init(options: ExternalOptions) throws {
        guard let program = options.command.first, !program.isEmpty else {
            throw StageSetupError(
                "`command` is empty: give the plugin's command line as a list, like `command: [python3, my_stage.py]`")
        }
        requiredLayers = Set(options.requires.map { Layer($0) })
        producedLayers = Set(options.produces.map { Layer($0) })
        timeout = options.timeout
        timeoutText = ExternalOptions.text(seconds: options.timeout)
        restarts = options.restarts
        plugin = ExternalPlugin(options: options, requires: requiredLayers, produces: producedLayers)
    }

    /// Starts the plugin and takes it through its handshake and options.
    /// - Throws: ``ExternalStartError`` saying why it did not start.
    public func start(logger: Logger) throws {
        try plugin.start(logger: logger)
    }

    /// Closes the plugin's input, lets it exit (killing it after `timeout`), and reaps it.
    public func stop(logger: Logger) {
        plugin.stop(logger: logger)
    }

    /// Sends the document to the plugin and adds the layers it answers with.
    public func process(_ document: inout Document, context: inout StageContext) throws {
        let request = try ExternalRequest(document, layers: requiredLayers)
        let attempts = restarts + 1
        var attempt = 1
        while true {
            let connection = try plugin.liveConnection()
            let id = plugin.nextRequestID()
            let failure: String
            switch connection.send(request.line(id: id), id: id, timeout: timeout) {
            case .message(let answer):
                try ExternalReply.apply(answer, to: &document, produces: producedLayers)
                return
            case .unread(let ending):
                // Not an attempt: the plugin never worked on the document.
                context.logger.warning(
                    "the plugin \(Self.describe(ending)) before reading this document; sending it to a new process",
                    metadata: ["event": "external.exited"])
                continue
            case .timedOut:
                connection.abandon(.killed("document `\(document.id)` took longer than \(timeoutText)"))
                failure = "the plugin took longer than \(timeoutText) (`timeout`) and was killed"
                context.logger.error(
                    "\(failure)\(retry(attempt, of: attempts))",
                    metadata: ["event": "external.timeout", "attempt": .stringConvertible(attempt)])
            case .ended(.exited(let termination)):
                failure = "the plugin \(termination) while processing it"
                var metadata = ExternalConnection.metadata("external.exited", termination)
                metadata["attempt"] = .stringConvertible(attempt)
                context.logger.error("\(failure)\(retry(attempt, of: attempts))", metadata: metadata)
            case .ended(.killed(let reason)):
                failure = "the plugin was killed while processing it, because \(reason)"
                context.logger.error(
                    "\(failure)\(retry(attempt, of: attempts))",
                    metadata: ["event": "external.exited", "attempt": .stringConvertible(attempt)])
            case .ended(.refused(let reason)):
                throw StageProcessingError("refused the plugin's output: \(reason)")
            }
            if attempt == attempts {
                throw StageProcessingError(
                    "\(failure); gave up after \(attempts) attempt\(attempts == 1 ? "" : "s") (`restarts: \(restarts)`)"
                )
            }
            attempt += 1
        }
    }

    /// How a connection ended, after "the plugin": "exited with status 0", "was killed because …".
    private static func describe(_ ending: ExternalConnection.Ending) -> String {
        switch ending {
        case .exited(let termination): "\(termination)"
        case .killed(let reason): "was killed because \(reason)"
        case .refused(let reason): "was stopped because \(reason)"
        }
    }

    /// "; sending it to a new process (attempt 2 of 3)", or nothing for the last attempt.
    private func retry(_ attempt: Int, of attempts: Int) -> String {
        attempt < attempts ? "; sending it to a new process (attempt \(attempt + 1) of \(attempts))" : ""
    }
}
