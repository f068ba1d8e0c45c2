import Foundation
import SanadTesting
import Testing

/// External stages through the `sanad` binary: the Python example plugin in a pipeline, `--allow-external`, and
/// what `--on-error` does with a plugin that crashes.
@Suite struct ExternalPluginTests {
    let example = "Examples/arabic-news-article.txt"
    let textStats = "Plugins/python-example/text-stats.yaml"
    /// The misbehaving plugin of the core tests.
    let fixture = SanadBinary.packageRoot.appendingPathComponent("Tests/SanadCoreTests/Fixtures/fixture_plugin.py").path

    @Test func thePythonExamplePluginAddsItsLayerToEveryDocument() throws {
        let result = try SanadBinary.run(["run", textStats, "--allow-external", example])
        #expect(result.status == 0)
        let document = try #require(try result.json() as? [String: Any])
        let stats = try #require((document["layers"] as? [String: Any])?["text_stats"] as? [String: Any])
        let words = (document["tokens"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "word" }
        #expect(stats["words"] as? Int == words.count)
        #expect(stats["sentences"] as? Int == (document["sentences"] as? [Any])?.count)
        let top = try #require(stats["top_words"] as? [[String: Any]])
        #expect(top.count == 5)
        #expect(top.first?["text"] as? String == "خارجية")
        #expect(
            result.events.contains {
                $0["event"] as? String == "external.started" && $0["plugin"] as? String == "text-stats"
            })
    }

    @Test func aPipelineGivenByPathThatRunsACommandNeedsAllowExternal() throws {
        let result = try SanadBinary.run(["run", textStats, example])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == """
                Error: Plugins/python-example/text-stats.yaml is given by path and its external stage `text-stats` \
                runs a command; run it with --allow-external if you trust it (`sanad show \
                Plugins/python-example/text-stats.yaml` shows the commands), or by name from a pipeline directory \
                (--pipelines, SANAD_PIPELINE_PATH)

                """)
    }

    @Test func aPipelineFoundByNameInAPipelineDirectoryRunsAsItIs() throws {
        let byOption = try SanadBinary.run(["run", "text-stats", "--pipelines", "Plugins/python-example", example])
        let byVariable = try SanadBinary.run(
            ["run", "text-stats", example], environment: ["SANAD_PIPELINE_PATH": "Plugins/python-example"])
        for result in [byOption, byVariable] {
            #expect(result.status == 0)
            let document = try #require(try result.json() as? [String: Any])
            #expect((document["layers"] as? [String: Any])?["text_stats"] != nil)
        }
    }

    @Test func validateAndShowNeverStartAProcess() throws {
        let directory = try TemporaryDirectory([
            "touch.yaml": """
            name: touch
            language: en
            stages:
              - use: external
                with: {command: [touch, started], produces: [nothing]}
            """
        ])
        let validate = try SanadBinary.run(["validate", directory.path + "/touch.yaml"])
        let show = try SanadBinary.run(["show", directory.path + "/touch.yaml"])
        #expect(validate.status == 0 && show.status == 0)
        #expect(show.stdout.contains("command:\n    - touch\n    - started"))
        #expect(!FileManager.default.fileExists(atPath: directory.path + "/started"))
    }

    @Test func aPluginThatCannotStartStopsTheRunBeforeAnyOutput() throws {
        let directory = try TemporaryDirectory([
            "broken.yaml": """
            name: broken
            language: en
            stages:
              - use: external
                id: missing
                with: {command: [no-such-sanad-plugin], produces: [nothing]}
            """
        ])
        let result = try SanadBinary.run(["run", "broken", "--pipelines", directory.path], stdin: "text")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.hasSuffix(
                "Error: stage `missing` could not start: cannot run `no-such-sanad-plugin`: no-such-sanad-plugin: No "
                    + "such file or directory (looked for it on PATH)\n"))
    }

    @Test func onErrorSkipGoesOnPastADocumentThatCrashesThePluginAndStopEndsTheRun() throws {
        let directory = try TemporaryDirectory([
            "crashing.yaml": """
            name: crashing
            language: en
            stages:
              - use: external
                id: fixture
                with: {command: [python3, \(fixture)], produces: [echo], restarts: 0}
            """
        ])
        let corpus = ["one", "crash", "three"].map { #"{"id": "\#($0)", "text": "\#($0)"}"# }.joined(separator: "\n")
        // One job: with several documents in flight, a crash counts against each of them (docs/external-stages.md).
        let arguments = [
            "run", "crashing", "--pipelines", directory.path, "--input-format", "jsonl", "--format", "jsonl",
            "--jobs", "1",
        ]
        let skip = try SanadBinary.run(arguments + ["--on-error", "skip"], stdin: corpus)
        let stop = try SanadBinary.run(arguments + ["--on-error", "stop"], stdin: corpus)
        #expect(skip.status == 1 && stop.status == 1)
        #expect(try skip.jsonLines().map { $0["id"] as? String } == ["one", "three"])
        #expect(try stop.jsonLines().map { $0["id"] as? String } == ["one"])
        let failed = try #require(skip.events.first { $0["event"] as? String == "document.failed" })
        #expect(failed["doc"] as? String == "crash")
        #expect(
            failed["msg"] as? String
                == "document 'crash': stage 'fixture' failed: the plugin exited with status 3 while processing it; "
                + "gave up after 1 attempt (`restarts: 0`)")
        #expect(skip.events.contains { $0["event"] as? String == "external.exited" && $0["doc"] as? String == "crash" })
    }

    @Test func theExamplePluginsOwnTestsPass() throws {
        let result = try Command.run(
            ["python3", "-m", "unittest", "-q", "test_text_stats"],
            in: SanadBinary.packageRoot.appendingPathComponent("Plugins/python-example").path,
            environment: ["PYTHONDONTWRITEBYTECODE": "1"])
        #expect(result.status == 0, "\(result.output)")
    }
}
