import Logging
import SanadCore

/// Runs stages on a string the way a pipeline would, and keeps everything they logged.
///
/// ```swift
/// let result = try StageHarness.run([try Normalize(options: .init()), try Segment(options: .init())], on: "قال الوزير.")
/// #expect(result.texts(of: result.document.sentences) == ["قال الوزير."])
/// #expect(result.events(named: "stage.done").count == 2)
/// ```
public enum StageHarness {
    /// Runs `stages` in order over a document holding `text`.
    public static func run(
        _ stages: [any Stage], on text: String, id: String = "test", pipeline name: String = "test"
    ) throws -> HarnessResult {
        let configured = stages.map { stage in
            PipelineStage(id: type(of: stage).name, use: type(of: stage).name, options: .null, stage: stage)
        }
        let pipeline = Pipeline(name: name, description: "", language: "und", stages: configured)
        return try run(pipeline, on: text, id: id)
    }

    /// Runs a loaded pipeline over a document holding `text`, starting its ``LifecycleStage``s (an `external`
    /// stage's process) before and stopping them after.
    ///
    /// Every result is audited: when a span does not slice the original text as its annotation says, the run throws
    /// ``SpanAuditFailure`` instead of returning, so every test that uses the harness checks spans for free.
    public static func run(_ pipeline: Pipeline, on text: String, id: String = "test") throws -> HarnessResult {
        let sink = MemoryLogSink()
        let logger = Logger(label: "sanad.test") { _ in EventLogHandler(sink: sink, level: .trace) }
        var document = Document(id: id, text: text)
        try pipeline.start(logger: logger)
        let processed = Result { try pipeline.process(&document, logger: logger) }
        // Stopped before the events are collected, so that what a stage logs while stopping is among them.
        pipeline.stop(logger: logger)
        let runs = try processed.get()
        let violations = SpanAudit.violations(in: document)
        guard violations.isEmpty else { throw SpanAuditFailure(violations: violations) }
        return HarnessResult(document: document, runs: runs, events: sink.events)
    }
}

/// A document after a harness run, with the per-stage runs and the log events.
public struct HarnessResult: Sendable {
    /// The processed document.
    public let document: Document
    /// Timings and counts per stage.
    public let runs: [StageRun]
    /// Every event logged, in order.
    public let events: [LogRecord]

    /// The events called `name` (`stage.done`, `stage.warning`…).
    public func events(named name: String) -> [LogRecord] { events.filter { $0.event == name } }

    /// The counts stage `id` reported.
    public func counts(of stage: String) -> [String: Int] {
        runs.first { $0.stage == stage }?.counts ?? [:]
    }

    /// The original text of each annotation, in order: what a test compares with the expected strings.
    public func texts(of annotations: [some Spanned]) -> [String] {
        annotations.map { document.text(of: $0.span) }
    }
}

/// Spans that do not slice the original text as their annotations say: a stage bug the harness refuses to hide.
public struct SpanAuditFailure: Error, CustomStringConvertible {
    /// One description per bad span.
    public let violations: [String]

    /// Creates a failure listing `violations`.
    public init(violations: [String]) { self.violations = violations }

    public var description: String { "bad spans:\n" + violations.joined(separator: "\n") }
}
