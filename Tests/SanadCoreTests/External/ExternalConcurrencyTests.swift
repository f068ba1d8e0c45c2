import Foundation
import Logging
import SanadCore
import SanadTesting
import Testing

/// Documents processed from several threads at once are in flight together in one plugin process.
@Suite struct ExternalConcurrencyTests {
    /// Processes `texts` (as documents `d0`, `d1`…) through the fixture stage on one thread each, starting thread
    /// `i` after `i * stagger` seconds, and returns the documents by id, the events, and the seconds from the first
    /// thread's start to the last one's end.
    private func process(_ texts: [String], stagger: Double = 0, settings: [String: JSONValue] = [:]) throws
        -> (documents: [String: Result<Document, any Error>], events: [LogRecord], seconds: Double)
    {
        let pipeline = try ExternalFixture.load(ExternalFixture.yaml(ExternalFixture.stage(settings)))
        let sink = MemoryLogSink()
        let logger = ExternalFixture.logger(sink)
        try pipeline.start(logger: logger)
        let results = Results()
        let group = DispatchGroup()
        let started = Date()
        for (index, text) in texts.enumerated() {
            group.enter()
            Thread {
                Thread.sleep(forTimeInterval: Double(index) * stagger)
                var document = Document(id: "d\(index)", text: text)
                let outcome = Result { _ = try pipeline.process(&document, logger: logger) }.map { document }
                results.store(outcome, for: document.id)
                group.leave()
            }.start()
        }
        group.wait()
        let seconds = Date().timeIntervalSince(started)
        pipeline.stop(logger: logger)
        return (results.all, sink.events, seconds)
    }

    @Test func documentsInFlightTogetherGetTheirOwnAnswersInWhateverOrderTheyCome() throws {
        let texts = ["delay:0.8 a", "delay:0.6 bb", "delay:0.4 ccc", "delay:0.0 dddd"]
        let (documents, events, elapsed) = try process(texts)
        let echoes = try (0..<texts.count).map { try #require(ExternalFixture.echo(of: documents["d\($0)"]!.get())) }
        #expect(echoes.map { $0["length"] } == texts.map { .number(Double($0.unicodeScalars.count)) })
        #expect(echoes.map { $0["answered"] } == [3, 2, 1, 0])
        #expect(Set(echoes.compactMap { $0["pid"] }).count == 1)
        #expect(events.filter { $0.event == "external.started" }.count == 1)
        #expect(elapsed < 1.8, "the delays add up to 1.8 s; in flight together they take 0.8 s")
    }

    @Test func documentsInFlightWhenThePluginCrashesAreSentToTheNewProcess() throws {
        let directory = try TemporaryDirectory()
        let (documents, events, _) = try process(
            ["delay:1 a", "delay:1 b", "crash-once"], stagger: 0.2,
            settings: ["env": ["FIXTURE_MARKER": .string(directory.path + "/crashed")]])
        let echoes = try (0..<3).map { try #require(ExternalFixture.echo(of: documents["d\($0)"]!.get())) }
        #expect(Set(echoes.compactMap { $0["pid"] }).count == 1)
        let exited = events.filter { $0.event == "external.exited" }
        #expect(Set(exited.compactMap { $0.fields["doc"] }) == ["d0", "d1", "d2"])
        #expect(events.filter { $0.event == "external.restarted" }.count == 1)
    }
}

/// Documents (or failures) collected from several threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: Result<Document, any Error>] = [:]

    func store(_ result: Result<Document, any Error>, for id: String) {
        lock.withLock { stored[id] = result }
    }

    var all: [String: Result<Document, any Error>] { lock.withLock { stored } }
}
