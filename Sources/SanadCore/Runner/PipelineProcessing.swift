import Foundation
import Logging

/// What one stage did to one document: how long it took and what it counted.
public struct StageRun: Sendable, Hashable {
    /// The stage's id in the pipeline.
    public let stage: String
    /// Wall-clock time spent in the stage, in nanoseconds.
    public let nanoseconds: UInt64
    /// The counts the stage reported (`tokens`, `changed_chars`…).
    public let counts: [String: Int]
}

/// Why a document could not go through a pipeline: the stage, the document and the stage's reason.
public struct DocumentFailure: Error, CustomStringConvertible, Sendable {
    /// The document's id.
    public let document: String
    /// The id of the stage that failed.
    public let stage: String
    /// The stage's error.
    public let reason: String

    public var description: String { "document '\(document)': stage '\(stage)' failed: \(reason)" }
}

extension Pipeline {
    /// Runs every stage over `document` in order, logging one `stage.done` event per stage.
    ///
    /// `logger` should carry the run's metadata; the pipeline adds `pipeline`, `stage` and `doc`. Throws
    /// ``DocumentFailure`` naming the stage when one fails; the document is then left as the failing stage found it.
    public func process(_ document: inout Document, logger: Logger) throws(DocumentFailure) -> [StageRun] {
        var runs: [StageRun] = []
        runs.reserveCapacity(stages.count)
        for configured in stages {
            var context = StageContext(logger: logger, pipeline: name, stage: configured.id, document: document.id)
            let started = DispatchTime.now().uptimeNanoseconds
            do {
                try configured.stage.process(&document, context: &context)
            } catch {
                throw DocumentFailure(document: document.id, stage: configured.id, reason: "\(error)")
            }
            let elapsed = DispatchTime.now().uptimeNanoseconds - started
            runs.append(StageRun(stage: configured.id, nanoseconds: elapsed, counts: context.counts))
            // The event's metadata is only built when the logger keeps info events (`--log-level warning` drops
            // them, and building it was a percent of a run).
            guard logger.logLevel <= .info else { continue }
            // The tags go with the event rather than into a copy of the logger's metadata, as the context's logger
            // would carry them; a count of the same name wins, as it would there.
            // Sized up front: growing a five-entry literal to take the counts rehashed it for every event.
            var metadata = Logger.Metadata(minimumCapacity: 5 + context.counts.count)
            metadata["pipeline"] = .string(name)
            metadata["doc"] = .string(document.id)
            metadata["stage"] = .string(configured.id)
            metadata["event"] = "stage.done"
            metadata["ms"] = .stringConvertible(Double(elapsed) / 1e6)
            for (name, value) in context.counts { metadata[name] = .stringConvertible(value) }
            logger.info("stage.done", metadata: metadata)
        }
        return runs
    }

    /// Every layer some stage of the pipeline produces: the layers its output carries.
    public var producedLayers: Set<Layer> {
        stages.reduce(into: Set<Layer>()) { layers, configured in layers.formUnion(configured.stage.producedLayers) }
    }
}
