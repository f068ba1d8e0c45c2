import Foundation
import Logging

/// The plugin process of one `external` stage over a run: launched by ``start(logger:)`` (spawn, handshake,
/// options), launched again when a document finds it ended, and closed by ``stop(logger:)``.
final class ExternalPlugin: @unchecked Sendable {
    private let options: ExternalOptions
    private let requires: Set<Layer>
    private let produces: Set<Layer>

    private let lock = NSLock()
    /// Set between `start` and `stop`.
    private var logger: Logger?
    private var connection: ExternalConnection?
    private var lastRequestID = 0

    /// A plugin run as `options` say, which the pipeline declares to require and produce these layers.
    init(options: ExternalOptions, requires: Set<Layer>, produces: Set<Layer>) {
        self.options = options
        self.requires = requires
        self.produces = produces
    }

    deinit {
        // A pipeline dropped without `stop`: the process must not outlive it.
        _ = connection?.close(grace: 0)
    }

    /// Launches the plugin; does nothing when it is running already.
    func start(logger: Logger) throws(ExternalStartError) {
        lock.lock()
        defer { lock.unlock() }
        guard self.logger == nil else { return }
        connection = try launch(logger: logger, restart: false)
        self.logger = logger
    }

    /// The running process, launched again when the last one has ended.
    /// - Throws: when the stage was not started or the plugin cannot be launched again.
    func liveConnection() throws(StageProcessingError) -> ExternalConnection {
        lock.lock()
        defer { lock.unlock() }
        guard let logger else {
            throw StageProcessingError(
                "the `external` stage was not started: run its pipeline with `Runner`, or call `Pipeline.start`")
        }
        if let connection, !connection.hasEnded { return connection }
        do {
            let fresh = try launch(logger: logger, restart: true)
            connection = fresh
            return fresh
        } catch {
            throw StageProcessingError("the plugin could not be started again: \(error)")
        }
    }

    /// A request id no other request of this stage has had.
    func nextRequestID() -> Int {
        lock.withLock {
            lastRequestID += 1
            return lastRequestID
        }
    }

    /// Closes the plugin's input, waits up to `timeout` for it to exit, kills it otherwise, and reaps it.
    func stop(logger: Logger) {
        let connection = lock.withLock {
            defer {
                self.connection = nil
                self.logger = nil
            }
            return self.connection
        }
        guard let connection else { return }
        let (termination, killed) = connection.close(grace: options.timeout)
        guard let termination else {
            logger.error(
                "the plugin did not exit after its input closed and it was killed",
                metadata: ["event": "external.stopped"])
            return
        }
        let metadata = ExternalConnection.metadata("external.stopped", termination)
        if killed {
            logger.warning(
                "the plugin did not exit within \(ExternalOptions.text(seconds: options.timeout)) of its input closing; killed it",
                metadata: metadata)
        } else if termination.isSuccess {
            logger.info("external.stopped", metadata: metadata)
        } else {
            logger.warning("the plugin \(termination) after its input closed", metadata: metadata)
        }
    }

    /// Spawns the plugin and takes it through its handshake and options.
    /// - Throws: why it did not start, with the last lines of its standard error.
    private func launch(logger: Logger, restart: Bool) throws(ExternalStartError) -> ExternalConnection {
        let started = DispatchTime.now().uptimeNanoseconds
        let environment = ProcessInfo.processInfo.environment.merging(options.env) { _, new in new }
        let process = try ChildProcess.spawn(options.command, environment: environment, directory: options.directory)
        let connection = ExternalConnection(process: process, logger: logger)
        let handshake: ExternalHandshake
        do throws(ExternalStartError) {
            handshake = try ExternalHandshake(
                message(connection.awaitHandshake(timeout: options.startTimeout), waitingFor: "handshake"))
            try handshake.check(requires: requires, produces: produces)
            var configure = JSONBuffer()
            configure.value(["configure": .object(try handshake.configuration(options.options))])
            configure.raw("\n")
            let answer = try message(
                connection.exchange(configure.bytes, timeout: options.startTimeout), waitingFor: "answer to `configure`"
            )
            if let error = answer["error"] {
                throw ExternalStartError("it refused its options: \(ExternalReply.errorMessage(error))")
            }
            guard answer["ready"] == .bool(true) else {
                throw ExternalStartError(
                    "it answered `configure` with `\(JSONLine.encode(.object(answer)))` instead of {\"ready\": true}")
            }
        } catch {
            connection.abandon(.killed("it did not start"))
            _ = connection.close(grace: 0)
            let stderr = connection.lastStandardError(waitingUpTo: 0)
            let tail =
                stderr.isEmpty ? "" : "; its standard error ended with:\n    " + stderr.joined(separator: "\n    ")
            throw ExternalStartError("`\(ExternalStartError.describe(options.command))`: \(error.message)\(tail)")
        }
        connection.beginServing()
        logger.info(
            restart ? "external.restarted" : "external.started",
            metadata: [
                "event": .string(restart ? "external.restarted" : "external.started"),
                "plugin": .string(handshake.name), "version": .string(handshake.version),
                "pid": .stringConvertible(Int(process.pid)),
                "ms": .stringConvertible(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6),
            ])
        return connection
    }

    /// The message in `reply`, or why there is none.
    private func message(_ reply: ExternalConnection.Reply, waitingFor what: String) throws(ExternalStartError)
        -> [String: JSONValue]
    {
        switch reply {
        case .message(let message): return message
        case .timedOut:
            throw ExternalStartError(
                "it wrote no \(what) within \(ExternalOptions.text(seconds: options.startTimeout)) (`start_timeout`)")
        case .ended(.exited(let termination)), .unread(.exited(let termination)):
            throw ExternalStartError("it \(termination) before its \(what)")
        case .ended(.refused(let reason)), .ended(.killed(let reason)), .unread(.refused(let reason)),
            .unread(.killed(let reason)):
            throw ExternalStartError(reason)
        }
    }
}
