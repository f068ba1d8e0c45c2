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
        let direct = EventLogHandler.direct(of: logger)
        for configured in stages { runs.append(try run(configured, on: &document, logger: logger, direct: direct)) }
        return runs
    }

    /// Runs every stage over `documents`, stage by stage: the first stage over every document, then the second…
    /// Each document's result is what ``process(_:logger:)`` gives it alone (a document that fails is left as the
    /// failing stage found it and goes through no later stage; the others go on), and each `stage.done` event is
    /// the same, only their order differs.
    ///
    /// Why stage by stage: a stage's tables (lexicons, models, caches) stay in the processor's caches from one
    /// document to the next, where going through every stage for one document before the next evicted them between
    /// documents. On 10 MB of the `arabic-news` benchmark corpus (one core) every stage ran faster and the run took
    /// 12% less CPU time.
    public func process(_ documents: inout [Document], logger: Logger) -> [Result<[StageRun], DocumentFailure>] {
        var runs = [[StageRun]](repeating: [], count: documents.count)
        var failures = [DocumentFailure?](repeating: nil, count: documents.count)
        let direct = EventLogHandler.direct(of: logger)
        for configured in stages {
            for index in documents.indices where failures[index] == nil {
                do {
                    runs[index].append(try run(configured, on: &documents[index], logger: logger, direct: direct))
                } catch {
                    failures[index] = error
                }
            }
        }
        return documents.indices.map { index in failures[index].map { .failure($0) } ?? .success(runs[index]) }
    }

    /// Runs one stage over `document` and logs its `stage.done` event, through `direct` when given
    /// (``EventLogHandler/direct(of:)`` of `logger`).
    private func run(
        _ configured: PipelineStage, on document: inout Document, logger: Logger, direct: EventLogHandler?
    ) throws(DocumentFailure) -> StageRun {
        var context = StageContext(logger: logger, pipeline: name, stage: configured.id, document: document.id)
        let started = DispatchTime.now().uptimeNanoseconds
        do {
            try configured.stage.process(&document, context: &context)
        } catch {
            throw DocumentFailure(document: document.id, stage: configured.id, reason: "\(error)")
        }
        let elapsed = DispatchTime.now().uptimeNanoseconds - started
        let run = StageRun(stage: configured.id, nanoseconds: elapsed, counts: context.counts)
        // The event's fields are only made when the logger keeps info events (`--log-level warning` drops
        // them, and making them was a percent of a run).
        guard logger.logLevel <= .info else { return run }
        let ms = Double(elapsed) / 1e6
        if let direct,
            let entries = stageDoneEntries(stage: configured.id, document: document.id, ms: ms, counts: context.counts)
        {
            direct.info("stage.done", entries: entries)
            return run
        }
        // The tags go with the event rather than into a copy of the logger's metadata, as the context's logger
        // would carry them; a count of the same name wins, as it would there.
        // Sized up front: growing a five-entry literal to take the counts rehashed it for every event.
        var metadata = Logger.Metadata(minimumCapacity: 5 + context.counts.count)
        metadata["pipeline"] = .string(name)
        metadata["doc"] = .string(document.id)
        metadata["stage"] = .string(configured.id)
        metadata["event"] = "stage.done"
        metadata["ms"] = .stringConvertible(ms)
        for (name, value) in context.counts { metadata[name] = .stringConvertible(value) }
        logger.info("stage.done", metadata: metadata)
        return run
    }

    /// The fields of a `stage.done` event, the same as the metadata logged otherwise gives; nil when a count is named
    /// like one of the event's own keys, which that metadata sorts out.
    private func stageDoneEntries(stage: String, document: String, ms: Double, counts: [String: Int])
        -> [LogRecord.Field]?
    {
        var entries: [LogRecord.Field] = []
        entries.reserveCapacity(4 + counts.count)
        entries.append(LogRecord.Field(key: "pipeline", value: .string(name)))
        entries.append(LogRecord.Field(key: "stage", value: .string(stage)))
        entries.append(LogRecord.Field(key: "doc", value: .string(document)))
        entries.append(LogRecord.Field(key: "ms", value: .number(ms)))
        for (key, value) in counts {
            if JSONLine.isOne(of: Self.stageDoneKeys, key) { return nil }
            entries.append(LogRecord.Field(key: key, value: .number(Double(value))))
        }
        return entries
    }

    /// The keys of a `stage.done` event besides its counts (and `msg`, which every event may have): a count named
    /// like one of them is rare, and left to the metadata logged otherwise to sort out.
    private static let stageDoneKeys = JSONLine.logKeys + ["ms", "msg"]

    /// Every layer some stage of the pipeline produces: the layers its output carries.
    public var producedLayers: Set<Layer> {
        stages.reduce(into: Set<Layer>()) { layers, configured in layers.formUnion(configured.stage.producedLayers) }
    }
}
