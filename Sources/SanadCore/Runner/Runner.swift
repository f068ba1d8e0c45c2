import Foundation
import Logging

/// What a run does when a document cannot be read or processed (`--on-error`).
public enum ErrorPolicy: String, Sendable, CaseIterable {
    /// Stop at the first failure; everything written before it stays whole.
    case stop
    /// Log the failure as a `document.failed` event and go on with the next document; the run still fails at the end.
    case skip
}

/// Drives documents through a pipeline: reads, processes, hands each finished document to the output, logs.
///
/// Every document that completes is handed to `write` whole before the next one starts, so a failure never leaves
/// half a document behind. The run ends with one `run.summary` event, whatever happened.
public struct Runner: Sendable {
    /// The pipeline documents go through.
    public let pipeline: Pipeline
    /// Where events go; the runner adds `pipeline`, `stage` and `doc` metadata.
    public let logger: Logger
    /// What to do with a failing document.
    public let onError: ErrorPolicy

    /// Creates a runner.
    public init(pipeline: Pipeline, logger: Logger, onError: ErrorPolicy = .stop) {
        self.pipeline = pipeline
        self.logger = logger
        self.onError = onError
    }

    /// How a run went.
    public struct Outcome: Sendable {
        /// The totals that the `run.summary` event reported.
        public let summary: RunSummary
        /// The first failure, when the run stopped because of it or skipped past any.
        public let firstFailure: (any Error & Sendable)?
        /// Whether every document went through.
        public var succeeded: Bool { firstFailure == nil }
    }

    /// Starts the pipeline's ``LifecycleStage``s, runs every document of `input`, passes each processed one to
    /// `write`, and stops the stages.
    ///
    /// A stage that cannot start throws ``PipelineStartError`` before any input is read. Errors thrown by `write`
    /// (the output is gone) always stop the run.
    public func run(
        _ input: some Sequence<DocumentReader.Element>, write: (Document) throws -> Void
    ) throws -> Outcome {
        let started = DispatchTime.now().uptimeNanoseconds
        var summary = RunSummary(pipeline: pipeline)
        var firstFailure: (any Error & Sendable)?
        var runLogger = logger
        runLogger[metadataKey: "pipeline"] = .string(pipeline.name)
        try pipeline.start(logger: logger)
        defer { summary.log(to: runLogger, wallNanoseconds: DispatchTime.now().uptimeNanoseconds - started) }
        // Runs before the summary is logged, so that everything the stages say while stopping comes before it.
        defer { pipeline.stop(logger: logger) }

        for element in input {
            do {
                var document = try read(element, logger: runLogger)
                let runs = try pipeline.process(&document, logger: logger)
                try write(document)
                summary.add(runs, of: document)
            } catch let failure as DocumentFailure {
                summary.addFailure()
                report(failure, document: failure.document, stage: failure.stage, logger: runLogger)
                firstFailure = firstFailure ?? failure
                if onError == .stop { break }
            } catch let failure as InputError {
                summary.addFailure()
                report(failure, document: failure.documentID, stage: nil, logger: runLogger)
                firstFailure = firstFailure ?? failure
                if onError == .stop { break }
            }
        }
        return Outcome(summary: summary, firstFailure: firstFailure)
    }

    private func read(_ element: DocumentReader.Element, logger: Logger) throws(InputError) -> Document {
        let read = try element.get()
        if let offset = read.repairedUTF8At {
            logger.warning(
                "invalid UTF-8 replaced with U+FFFD",
                metadata: ["event": "input.repaired", "doc": .string(read.document.id), "byte_offset": .stringConvertible(offset)])
        }
        return read.document
    }

    private func report(_ failure: any Error, document: String, stage: String?, logger: Logger) {
        var metadata: Logger.Metadata = ["event": "document.failed", "doc": .string(document)]
        if let stage { metadata["stage"] = .string(stage) }
        logger.error("\(failure)", metadata: metadata)
    }
}
