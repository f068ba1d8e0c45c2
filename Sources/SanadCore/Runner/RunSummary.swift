import Foundation
import Logging

/// Totals of a run, per stage: what the final `run.summary` event reports.
///
/// A value type: add each document's ``StageRun``s as it completes (or merge summaries from parallel workers).
public struct RunSummary: Sendable {
    /// The event name of the summary.
    public static let eventName = "run.summary"

    /// Totals for one stage.
    public struct StageTotals: Sendable, Hashable {
        /// Time spent in the stage over all documents, in nanoseconds.
        public var nanoseconds: UInt64 = 0
        /// Documents the stage processed.
        public var documents = 0
        /// Code points of those documents' text.
        public var characters = 0
        /// UTF-8 bytes of those documents' text.
        public var bytes = 0
        /// Tokens of those documents (as the pipeline left them).
        public var tokens = 0

        /// Adds the stage's run over one document of `size`.
        mutating func add(_ run: StageRun, of size: DocumentSize) {
            nanoseconds += run.nanoseconds
            documents += 1
            characters += size.characters
            bytes += size.bytes
            tokens += size.tokens
        }
    }

    /// Stage ids in pipeline order.
    public let stageOrder: [String]
    /// Totals per stage id.
    public private(set) var stages: [String: StageTotals] = [:]
    /// Documents that went through every stage.
    public private(set) var documents = 0
    /// Documents that failed (read or processing errors).
    public private(set) var failed = 0
    /// Time spent outside the stages on the documents that went through, added up over all jobs.
    public private(set) var outside = OutsideStages()

    /// Starts an empty summary for a pipeline.
    public init(pipeline: Pipeline) {
        stageOrder = pipeline.stages.map(\.id)
    }

    /// Adds one processed document (and no time outside the stages).
    public mutating func add(_ runs: [StageRun], of document: Document) {
        add(runs, of: DocumentSize(document))
    }

    /// Adds one processed document, known by its size, and the time it took outside the stages.
    mutating func add(_ runs: [StageRun], of size: DocumentSize, outside time: OutsideStages = OutsideStages()) {
        documents += 1
        outside.add(time)
        for run in runs {
            // One lookup per stage and document, not one per total.
            stages[run.stage, default: StageTotals()].add(run, of: size)
        }
    }

    /// Counts one failed document.
    public mutating func addFailure() { failed += 1 }

    /// Logs the `run.summary` event: the run's wall-clock ms, the ms spent reading input documents and rendering
    /// output (``outside``), and per stage total ms, share of the stages' time, documents and throughput (code
    /// points, tokens and megabytes of UTF-8 text per second).
    public func log(to logger: Logger, wallNanoseconds: UInt64) {
        let total = stageOrder.reduce(UInt64(0)) { $0 + (stages[$1]?.nanoseconds ?? 0) }
        let rows: [Logger.MetadataValue] = stageOrder.map { id in
            let totals = stages[id] ?? StageTotals()
            let seconds = Double(totals.nanoseconds) / 1e9
            return .dictionary([
                "stage": .string(id),
                "ms": .stringConvertible(Self.rounded(Double(totals.nanoseconds) / 1e6)),
                "share": .stringConvertible(Self.rounded(total == 0 ? 0 : Double(totals.nanoseconds) / Double(total))),
                "docs": .stringConvertible(totals.documents),
                "chars_per_s": .stringConvertible(seconds > 0 ? Int(Double(totals.characters) / seconds) : 0),
                "tokens_per_s": .stringConvertible(seconds > 0 ? Int(Double(totals.tokens) / seconds) : 0),
                "mb_per_s": .stringConvertible(seconds > 0 ? Self.rounded(Double(totals.bytes) / 1e6 / seconds) : 0),
            ])
        }
        logger.info(
            "\(Self.eventName)",
            metadata: [
                "event": .string(Self.eventName), "documents": .stringConvertible(documents),
                "failed": .stringConvertible(failed),
                "ms": .stringConvertible(Self.rounded(Double(wallNanoseconds) / 1e6)),
                "reading_ms": .stringConvertible(Self.rounded(Double(outside.readingNanoseconds) / 1e6)),
                "rendering_ms": .stringConvertible(Self.rounded(Double(outside.renderingNanoseconds) / 1e6)),
                "stages": .array(rows),
            ])
    }

    private static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

/// How big a processed document is, for the summary: what the runner keeps of it once it has been rendered.
struct DocumentSize: Sendable {
    /// UTF-8 bytes of its text.
    let bytes: Int
    /// Code points of its text.
    let characters: Int
    /// Its tokens, as the pipeline left them.
    let tokens: Int

    init(_ document: Document) {
        bytes = document.text.utf8.count
        characters = document.scalars.count
        tokens = document.tokens.count
    }
}
