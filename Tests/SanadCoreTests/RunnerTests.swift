import Foundation
import Logging
import Testing

@testable import SanadCore

@Suite struct RunnerTests {
    private func documents(_ texts: [String]) -> [DocumentReader.Element] {
        texts.enumerated().map { .success(ReadDocument(document: Document(id: "d\($0)", text: $1), repairedUTF8At: nil)) }
    }

    private func run(
        _ texts: [String], policy: ErrorPolicy, jobs: Int = 1, batchLimit: Int = Runner.batchDocuments
    ) async throws -> (Runner.Outcome, [String], [LogRecord]) {
        let sink = MemoryLogSink()
        let logger = Logger(label: "test") { _ in EventLogHandler(sink: sink, level: .trace) }
        let runner = Runner(
            pipeline: testPipeline([SpaceTokenizer(options: .init()), Exploder(options: .init())]), logger: logger,
            onError: policy, batchLimit: batchLimit)
        var written: [String] = []
        let outcome = try await runner.run(documents(texts), jobs: jobs, write: { written.append($0.id) })
        return (outcome, written, sink.events)
    }

    @Test func eachStageLogsStageDoneForEachDocumentWithItsCounts() async throws {
        let (_, _, events) = try await run(["a b", "c"], policy: .stop)
        let done = events.filter { $0.event == "stage.done" }
        #expect(done.map { $0.fields["stage"] } == ["space-tokens", "exploder", "space-tokens", "exploder"])
        #expect(done.map { $0.fields["doc"] } == ["d0", "d0", "d1", "d1"])
        #expect(done[0].fields["tokens"] == 2)
        #expect(done[0].fields["pipeline"] == "test")
        if case .number(let ms)? = done[0].fields["ms"] { #expect(ms >= 0) } else { Issue.record("ms is not a number") }
    }

    @Test func batchesGrowFromOneDocumentAndGoThroughThePipelineStageByStage() async throws {
        let (_, written, events) = try await run(["a", "b", "c"], policy: .stop)
        let done = events.filter { $0.event == "stage.done" }.map { [$0.fields["doc"], $0.fields["stage"]] }
        #expect(done == [
            ["d0", "space-tokens"], ["d0", "exploder"],
            ["d1", "space-tokens"], ["d2", "space-tokens"], ["d1", "exploder"], ["d2", "exploder"],
        ])
        #expect(written == ["d0", "d1", "d2"])
    }

    @Test func aBatchLimitOfOneTakesEachDocumentThroughEveryStageBeforeTheNext() async throws {
        let (_, _, events) = try await run(["a", "b", "c"], policy: .stop, batchLimit: 1)
        let done = events.filter { $0.event == "stage.done" }.map { [$0.fields["doc"], $0.fields["stage"]] }
        #expect(done == [
            ["d0", "space-tokens"], ["d0", "exploder"], ["d1", "space-tokens"], ["d1", "exploder"],
            ["d2", "space-tokens"], ["d2", "exploder"],
        ])
    }

    @Test func aStageWarningNamesThePipelineTheStageAndTheDocument() throws {
        let sink = MemoryLogSink()
        let logger = Logger(label: "test") { _ in EventLogHandler(sink: sink, level: .trace) }
        var document = Document(id: "d7", text: "an odd one")
        _ = try testPipeline([Warner(options: .init())], name: "checks").process(&document, logger: logger)
        let warning = try #require(sink.events.first { $0.event == "stage.warning" })
        #expect(warning.fields["pipeline"] == "checks")
        #expect(warning.fields["stage"] == "warner")
        #expect(warning.fields["doc"] == "d7")
        #expect(warning.fields["offset"] == 3)
    }

    @Test func aBatchRunsEachDocumentAsItRunsAloneAndAFailureStopsOnlyItsDocument() throws {
        let pipeline = testPipeline([Exploder(options: .init()), SpaceTokenizer(options: .init())])
        let logger = Logger(label: "test") { _ in EventLogHandler(sink: MemoryLogSink(), level: .trace) }
        var batch = [Document(id: "d0", text: "a b"), Document(id: "d1", text: "boom here"), Document(id: "d2", text: "c")]
        let results = pipeline.process(&batch, logger: logger)
        #expect(batch.map(\.tokens.count) == [2, 0, 1])
        #expect(results.map { (try? $0.get())?.map(\.stage) } == [["exploder", "space-tokens"], nil, ["exploder", "space-tokens"]])
        guard case .failure(let failure) = results[1] else {
            Issue.record("the document with boom did not fail")
            return
        }
        #expect(failure.document == "d1" && failure.stage == "exploder")
    }

    @Test func oneJobStopsAtTheFailingDocumentOfABatch() async throws {
        var texts = (0..<50).map { "fine \($0)" }
        texts[20] = "boom"
        let (_, written, events) = try await run(texts, policy: .stop)
        #expect(written == (0..<20).map { "d\($0)" })
        #expect(events.filter { $0.event == "document.failed" }.map { $0.fields["doc"] } == ["d20"])
    }

    @Test func theRunEndsWithASummaryPerStage() async throws {
        let (_, _, events) = try await run(["a b", "c"], policy: .stop)
        let summary = try #require(events.last)
        #expect(summary.event == "run.summary")
        #expect(summary.fields["documents"] == 2)
        guard case .array(let stages)? = summary.fields["stages"], case .object(let first) = stages[0] else {
            Issue.record("no per-stage rows")
            return
        }
        #expect(stages.count == 2)
        #expect(first["stage"] == "space-tokens")
        #expect(first["docs"] == 2)
        #expect(Set(first.keys) == ["stage", "ms", "share", "docs", "chars_per_s", "tokens_per_s", "mb_per_s"])
    }

    @Test func stopPolicyEndsAtTheFirstFailureKeepingWhatWasWritten() async throws {
        let (outcome, written, events) = try await run(["fine", "boom", "later"], policy: .stop)
        #expect(written == ["d0"])
        #expect(!outcome.succeeded)
        let failure = try #require(events.first { $0.event == "document.failed" })
        #expect(failure.fields["doc"] == "d1")
        #expect(failure.fields["stage"] == "exploder")
        #expect(failure.message.contains("found boom"))
    }

    @Test func skipPolicyReportsTheFailureAndContinues() async throws {
        let (outcome, written, events) = try await run(["fine", "boom", "later"], policy: .skip)
        #expect(written == ["d0", "d2"])
        #expect(!outcome.succeeded)
        #expect(outcome.summary.failed == 1)
        #expect(events.filter { $0.event == "document.failed" }.count == 1)
    }

    @Test func unreadableInputIsReportedUnderItsOwnName() async throws {
        let sink = MemoryLogSink()
        let logger = Logger(label: "test") { _ in EventLogHandler(sink: sink, level: .trace) }
        let runner = Runner(pipeline: testPipeline([SpaceTokenizer(options: .init())]), logger: logger, onError: .skip)
        let input: [DocumentReader.Element] = [.failure(.invalidUTF8(source: "x.txt", byteOffset: 4))]
        let outcome = try await runner.run(input, write: { _ in })
        #expect(!outcome.succeeded)
        #expect(sink.events.first { $0.event == "document.failed" }?.fields["doc"] == "x.txt")
    }

    @Test func parallelJobsKeepTheOutputInInputOrder() async throws {
        let texts = (0..<200).map { String(repeating: "word ", count: ($0 * 37) % 50 + 1) }
        let (outcome, written, _) = try await run(texts, policy: .stop, jobs: 4)
        #expect(outcome.succeeded)
        #expect(written == texts.indices.map { "d\($0)" })
        #expect(outcome.summary.documents == 200)
    }

    @Test func parallelJobsStopAtTheSameDocumentAsOneJob() async throws {
        var texts = (0..<50).map { "fine \($0)" }
        texts[20] = "boom"
        let (_, written, events) = try await run(texts, policy: .stop, jobs: 4)
        #expect(written == (0..<20).map { "d\($0)" })
        #expect(events.filter { $0.event == "document.failed" }.map { $0.fields["doc"] } == ["d20"])
    }

    @Test func parallelJobsWithSkipWriteEveryOtherDocumentInOrder() async throws {
        let texts = (0..<40).map { $0 % 10 == 3 ? "boom" : "fine \($0)" }
        let (outcome, written, _) = try await run(texts, policy: .skip, jobs: 3)
        #expect(written == texts.indices.filter { $0 % 10 != 3 }.map { "d\($0)" })
        #expect(outcome.summary.failed == 4)
    }

    @Test func progressIsReportedAfterEveryDocumentInOrder() async throws {
        let sink = MemoryLogSink()
        let logger = Logger(label: "test") { _ in EventLogHandler(sink: sink, level: .trace) }
        let runner = Runner(pipeline: testPipeline([SpaceTokenizer(options: .init())]), logger: logger)
        var reported: [Int] = []
        _ = try await runner.run(documents(["a b", "cd", "e"]), jobs: 2, write: { _ in }, progress: { reported.append($0.documents) })
        #expect(reported == [1, 2, 3])
    }

    @Test func renderedDocumentsAreWrittenInInputOrderAndARenderErrorStopsTheRunAtItsTurn() async throws {
        struct RenderFailure: Error {}
        let logger = Logger(label: "test") { _ in EventLogHandler(sink: MemoryLogSink(), level: .trace) }
        let runner = Runner(pipeline: testPipeline([SpaceTokenizer(options: .init())]), logger: logger)
        let texts = (0..<30).map { $0 == 17 ? "render fails" : String(repeating: "w ", count: $0 % 7 + 1) }
        var written: [String] = []
        await #expect(throws: RenderFailure.self) {
            _ = try await runner.run(
                documents(texts).map(PendingDocument.init), jobs: 3,
                render: { document in
                    guard document.text != "render fails" else { throw RenderFailure() }
                    return "\(document.id):\(document.tokens.count)"
                }, write: { written.append($0) })
        }
        #expect(written == (0..<17).map { "d\($0):\($0 % 7 + 1)" })
    }

    @Test func theSummaryCountsTheTimeSpentRenderingDocuments() async throws {
        let sink = MemoryLogSink()
        let logger = Logger(label: "test") { _ in EventLogHandler(sink: sink, level: .trace) }
        let runner = Runner(pipeline: testPipeline([SpaceTokenizer(options: .init())]), logger: logger)
        let outcome = try await runner.run(
            documents(["a", "b", "c"]).map(PendingDocument.init),
            render: { document in
                Thread.sleep(forTimeInterval: 0.002)
                return document.id
            }, write: { _ in })
        #expect(outcome.summary.outside.renderingNanoseconds >= 6_000_000)
        let summary = try #require(sink.events.last)
        guard case .number(let ms)? = summary.fields["rendering_ms"] else {
            Issue.record("rendering_ms is not a number")
            return
        }
        #expect(ms >= 6)
    }
}
