import Foundation
import SanadCore
import SanadTesting
import Testing

/// A plugin that never starts is an error before any document is read, saying why.
@Suite struct ExternalStartTests {
    /// The error starting a run of a pipeline with the fixture stage given `settings`, and the events logged.
    private func startFailure(_ settings: [String: JSONValue]) throws -> (error: String, events: [LogRecord]) {
        let pipeline = try ExternalFixture.load(ExternalFixture.yaml(ExternalFixture.stage(settings)))
        let sink = MemoryLogSink()
        do {
            try pipeline.start(logger: ExternalFixture.logger(sink))
            pipeline.stop(logger: ExternalFixture.logger(sink))
            return ("", sink.events)
        } catch {
            return (error.description, sink.events)
        }
    }

    private var command: String { "`python3 \(ExternalFixture.plugin)`" }

    @Test func aCommandNotOnThePathCannotRun() throws {
        #expect(
            try startFailure(["command": ["no-such-sanad-plugin"]]).error
                == "stage `fixture` could not start: cannot run `no-such-sanad-plugin`: no-such-sanad-plugin: No such "
                + "file or directory (looked for it on PATH)")
    }

    @Test func aPluginThatExitsBeforeItsHandshakeShowsTheEndOfItsStandardError() throws {
        #expect(
            try startFailure(["env": ["FIXTURE_START": "exit"]]).error
                == "stage `fixture` could not start: \(command): it exited with status 2 before its handshake; its "
                + "standard error ended with:\n    fixture: cannot load my model")
    }

    @Test func aPluginThatWritesNoHandshakeWithinTheStartTimeoutIsKilled() throws {
        let (error, _) = try startFailure(["start_timeout": 0.5, "env": ["FIXTURE_START": "silent"]])
        #expect(
            error == "stage `fixture` could not start: \(command): it wrote no handshake within 0.5 s (`start_timeout`)"
        )
    }

    @Test func aFirstLineThatIsNotJSONIsRefused() throws {
        #expect(
            try startFailure(["env": ["FIXTURE_START": "hello"]]).error
                == "stage `fixture` could not start: \(command): it wrote a line that is not a JSON object: `hello`")
    }

    @Test func layersThatDifferFromThePipelinesSayWhatToWrite() throws {
        #expect(
            try startFailure(["env": ["FIXTURE_PRODUCES": "echo,entities"]]).error
                == "stage `fixture` could not start: \(command): the pipeline says `produces: [echo]` but the plugin "
                + "`fixture` 0.1 produces [echo, entities]; write `produces: [echo, entities]` in the stage's `with:`")
    }

    @Test func anUnknownPluginOptionSuggestsTheClosestOne() throws {
        #expect(
            try startFailure(["options": ["sufix": "?"]]).error.hasSuffix(
                "the plugin `fixture` 0.1 has no option `sufix`; did you mean `suffix`?"))
    }

    @Test func aPluginOptionOfTheWrongTypeIsRefused() throws {
        #expect(
            try startFailure(["options": ["level": "high"]]).error.hasSuffix(
                "the plugin `fixture` 0.1 expects option `level` to be integer, not `\"high\"`"))
    }

    @Test func aPluginThatRefusesItsOptionsDoesNotStart() throws {
        #expect(
            try startFailure(["env": ["FIXTURE_START": "refuse"]]).error.hasSuffix(
                "it refused its options: `suffix` must be shorter"))
    }

    @Test func aStageThatCannotStartStopsTheStagesStartedBeforeIt() throws {
        let yaml = ExternalFixture.yaml(
            ExternalFixture.stage(id: "first"),
            ExternalFixture.stage(id: "second", ["env": ["FIXTURE_START": "exit"]]))
        let pipeline = try ExternalFixture.load(yaml)
        let sink = MemoryLogSink()
        #expect(throws: PipelineStartError.self) { try pipeline.start(logger: ExternalFixture.logger(sink)) }
        let first = try #require(sink.events.first { $0.event == "external.started" })
        guard case .number(let pid)? = first.fields["pid"] else { throw PluginPIDMissing() }
        #expect(sink.events.contains { $0.event == "external.stopped" && $0.fields["stage"] == "first" })
        #expect(!ExternalFixture.processExists(Int(pid)))
    }

    @Test func theRunnerReadsNoDocumentWhenAStageCannotStart() async throws {
        let pipeline = try ExternalFixture.load(
            ExternalFixture.yaml(ExternalFixture.stage(["command": ["no-such-sanad-plugin"]])))
        let sink = MemoryLogSink()
        var read = false
        let input = AnyIterator<DocumentReader.Element> {
            read = true
            return nil
        }
        await #expect(throws: PipelineStartError.self) {
            _ = try await Runner(pipeline: pipeline, logger: ExternalFixture.logger(sink)).run(
                AnySequence { input }, write: { _ in })
        }
        #expect(!read)
        #expect(sink.events.isEmpty)
    }
}

/// The `external.started` event had no pid.
private struct PluginPIDMissing: Error {}
