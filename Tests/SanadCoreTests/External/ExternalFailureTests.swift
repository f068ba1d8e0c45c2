import Foundation
import SanadCore
import SanadTesting
import Testing

/// How the `external` stage fails: each way a plugin can go wrong with a document, what is logged, what the
/// document becomes, and that no process is left behind.
@Suite struct ExternalFailureTests {
    private func pipeline(_ settings: [String: JSONValue] = [:]) throws -> Pipeline {
        try ExternalFixture.load(ExternalFixture.yaml(ExternalFixture.stage(settings)))
    }

    @Test func aCrashMidDocumentIsLoggedNamingItAndTheDocumentGoesToANewProcess() async throws {
        let directory = try TemporaryDirectory()
        let run = try await ExternalFixture.run(
            pipeline(["env": ["FIXTURE_MARKER": .string(directory.path + "/crashed")]]),
            ["before", "crash-once here", "after"])
        #expect(run.outcome.succeeded)
        #expect(run.documents.map(\.id) == ["d0", "d1", "d2"])
        let exited = try #require(run.events(named: "external.exited").first)
        #expect(exited.level == .error)
        #expect(exited.fields["doc"] == "d1" && exited.fields["stage"] == "fixture" && exited.fields["status"] == 3)
        #expect(
            exited.message
                == "the plugin exited with status 3 while processing it; sending it to a new process (attempt 2 of 2)")
        #expect(run.events(named: "external.restarted").count == 1)
        #expect(Set(run.echoes.compactMap { $0["pid"] }).count == 2)
    }

    @Test func aPluginThatExitsAfterAnAnswerKeepsItAndTheNextDocumentGoesToANewProcessAsItsFirstAttempt() async throws {
        let run = try await ExternalFixture.run(pipeline(["restarts": 0]), ["last-words", "next"])
        #expect(run.outcome.succeeded)
        #expect(run.echoes.map { $0["length"] } == [10, 4])
        // Whether sanad saw the exit before or after it wrote the next request, it is a warning, not a failure.
        let exited = run.events(named: "external.exited")
        #expect(exited.count == 1 && exited.allSatisfy { $0.level == .warning })
        #expect(run.events(named: "external.restarted").count == 1)
    }

    @Test func aDocumentThatCrashesThePluginOnEveryAttemptFailsAfterItsRestarts() async throws {
        let run = try await ExternalFixture.run(pipeline(["restarts": 2]), ["crash", "never read"])
        #expect(
            run.failure
                == "document 'd0': stage 'fixture' failed: the plugin exited with status 3 while processing it; "
                + "gave up after 3 attempts (`restarts: 2`)")
        #expect(run.events(named: "external.exited").map { $0.fields["attempt"] } == [1, 2, 3])
        #expect(run.documents.isEmpty)
    }

    @Test func withSkipTheRunGoesOnPastADocumentThatCrashesThePlugin() async throws {
        let run = try await ExternalFixture.run(pipeline(["restarts": 0]), ["one", "crash", "three"], onError: .skip)
        #expect(run.documents.map(\.id) == ["d0", "d2"])
        #expect(run.events(named: "document.failed").map { $0.fields["doc"] } == ["d1"])
        #expect(!run.outcome.succeeded)
    }

    @Test func aPluginKilledByASignalIsReportedWithTheSignal() async throws {
        let run = try await ExternalFixture.run(pipeline(["restarts": 0]), ["segfault"])
        #expect(
            run.failure?.contains("the plugin was killed by signal 11 (Segmentation fault) while processing it") == true
        )
        #expect(run.events(named: "external.exited").first?.fields["signal"] == 11)
    }

    @Test func aDocumentThatHangsPastTheTimeoutIsKilledAndRetriedThenFails() async throws {
        let started = Date()
        let run = try await ExternalFixture.run(pipeline(["timeout": 1, "restarts": 1]), ["hang"])
        #expect(
            run.failure
                == "document 'd0': stage 'fixture' failed: the plugin took longer than 1 s (`timeout`) and was "
                + "killed; gave up after 2 attempts (`restarts: 1`)")
        #expect(run.events(named: "external.timeout").map { $0.fields["doc"] } == ["d0", "d0"])
        // The plugin would hang forever: finishing at all shows it was killed. The bound is loose on purpose (the
        // suite runs tests side by side on two cores); it is not a speed check.
        #expect(Date().timeIntervalSince(started) < 60)
    }

    @Test func aLineThatIsNotJSONIsRefusedNamingTheDocument() async throws {
        let run = try await ExternalFixture.run(pipeline(), ["garbage", "fine"], onError: .skip)
        #expect(
            run.failure
                == "document 'd0': stage 'fixture' failed: refused the plugin's output: it wrote a line that is not a "
                + "JSON object: `this is not json`")
        #expect(run.documents.map(\.id) == ["d1"])
    }

    @Test func aSpanOutsideTheTextIsRefused() async throws {
        let run = try await ExternalFixture.run(pipeline(), ["outside"])
        #expect(
            run.failure
                == "document 'd0': stage 'fixture' failed: refused the plugin's `echo` layer: spans must be code point "
                + "offsets into the original text: echo.first: [0, 12) is not a span of a 7-code-point text")
    }

    @Test func aSpanWhoseTextIsNotWhatItCoversIsRefused() async throws {
        let run = try await ExternalFixture.run(pipeline(), ["utf16"])
        #expect(run.failure?.hasSuffix("echo.first: says \"x\" but the text there is \"u\"") == true)
    }

    @Test func aLayerThePluginDoesNotDeclareIsRefused() async throws {
        let run = try await ExternalFixture.run(pipeline(), ["extra"])
        #expect(
            run.failure?.hasSuffix(
                "refused the plugin's answer: it returned the layer `surprise`, which it does not produce (it produces "
                    + "`echo`)") == true)
    }

    @Test func anAnswerWithoutADeclaredLayerIsRefused() async throws {
        let run = try await ExternalFixture.run(pipeline(), ["missing"])
        #expect(run.failure?.hasSuffix("refused the plugin's answer: it has no `echo` layer") == true)
    }

    @Test func anErrorAnswerFailsTheDocumentAndKeepsTheProcess() async throws {
        let run = try await ExternalFixture.run(pipeline(), ["error", "fine"], onError: .skip)
        #expect(run.failure == "document 'd0': stage 'fixture' failed: the plugin failed on it: cannot handle this")
        #expect(run.documents.map(\.id) == ["d1"])
        #expect(run.events(named: "external.restarted").isEmpty)
    }

    @Test func noPluginProcessOutlivesTheRunWhetherItCrashedHungOrEnded() async throws {
        let run = try await ExternalFixture.run(
            pipeline(["timeout": 1, "restarts": 0]), ["fine", "crash", "hang", "segfault", "fine"], onError: .skip)
        #expect(run.events(named: "external.started").count + run.events(named: "external.restarted").count == 4)
        #expect(run.pids.count == 4)
        #expect(run.pids.allSatisfy { !ExternalFixture.processExists($0) })
    }

    @Test func aPluginThatKeepsRunningAfterItsInputEndsIsKilledAndReaped() async throws {
        let run = try await ExternalFixture.run(pipeline(["timeout": 1, "env": ["FIXTURE_START": "ignore-eof"]]), ["x"])
        #expect(run.outcome.succeeded)
        let stopped = try #require(run.events(named: "external.stopped").first)
        #expect(stopped.message == "the plugin did not exit within 1 s of its input closing; killed it")
        #expect(stopped.fields["signal"] == 9)
        #expect(run.pids.allSatisfy { !ExternalFixture.processExists($0) })
    }
}
