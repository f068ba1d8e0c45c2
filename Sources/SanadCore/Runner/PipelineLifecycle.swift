import Logging

/// Why a pipeline could not start: the stage and its reason.
public struct PipelineStartError: Error, CustomStringConvertible, Sendable {
    /// The id of the stage that could not start.
    public let stage: String
    /// The stage's error.
    public let reason: String

    public var description: String { "stage `\(stage)` could not start: \(reason)" }
}

extension Pipeline {
    /// Starts every ``LifecycleStage`` in pipeline order; when one fails, stops those already started and throws.
    ///
    /// Each stage gets `logger` with `pipeline` and `stage` metadata added.
    public func start(logger: Logger) throws(PipelineStartError) {
        var started: [PipelineStage] = []
        for configured in stages {
            guard let stage = configured.stage as? any LifecycleStage else { continue }
            do {
                try stage.start(logger: stageLogger(logger, configured))
                started.append(configured)
            } catch {
                stop(started, logger: logger)
                throw PipelineStartError(stage: configured.id, reason: "\(error)")
            }
        }
    }

    /// Stops every ``LifecycleStage`` in reverse pipeline order, after a successful ``start(logger:)``.
    public func stop(logger: Logger) {
        stop(stages, logger: logger)
    }

    private func stop(_ configured: [PipelineStage], logger: Logger) {
        for stage in configured.reversed() {
            (stage.stage as? any LifecycleStage)?.stop(logger: stageLogger(logger, stage))
        }
    }

    private func stageLogger(_ logger: Logger, _ configured: PipelineStage) -> Logger {
        var tagged = logger
        tagged[metadataKey: "pipeline"] = .string(name)
        tagged[metadataKey: "stage"] = .string(configured.id)
        return tagged
    }
}
