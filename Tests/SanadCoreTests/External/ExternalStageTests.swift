import Foundation
import SanadCore
import SanadTesting
import Testing

/// The `external` stage's normal work: what the plugin is sent, what it answers, where it runs, what is logged.
@Suite struct ExternalStageTests {
    @Test func eachDocumentGetsTheLayerThePluginAnswersWith() async throws {
        let run = try await ExternalFixture.run(
            ExternalFixture.load(ExternalFixture.yaml(ExternalFixture.stage())),
            [
                "hello world", "قال الوزير",
            ])
        #expect(run.outcome.succeeded)
        #expect(run.echoes.map { $0["length"] } == [11, 10])
        #expect(
            run.echoes.map { $0["first"] } == [
                ["start": 0, "end": 1, "text": "h"], ["start": 0, "end": 1, "text": "ق"],
            ])
    }

    @Test func thePluginIsSentOnlyTheLayersTheStageRequires() async throws {
        let yaml = ExternalFixture.yaml(
            "  - use: space-tokens\n",
            ExternalFixture.stage(["requires": ["tokens"], "env": ["FIXTURE_REQUIRES": "tokens"]]))
        let run = try await ExternalFixture.run(ExternalFixture.load(yaml), ["a b"])
        #expect(run.echoes.first?["layers"] == ["id", "schema", "text", "tokens"])
    }

    @Test func pluginOptionsAreSentOverThePluginsDefaults() async throws {
        let set = try await ExternalFixture.run(
            ExternalFixture.load(ExternalFixture.yaml(ExternalFixture.stage(["options": ["suffix": "?"]]))), ["x"])
        let unset = try await ExternalFixture.run(ExternalFixture.load(ExternalFixture.yaml(ExternalFixture.stage())), ["x"])
        #expect(set.echoes.first?["suffix"] == "?")
        #expect(unset.echoes.first?["suffix"] == "!")
    }

    @Test func envIsAddedToThePluginsEnvironment() async throws {
        let yaml = ExternalFixture.yaml(ExternalFixture.stage(["env": ["FIXTURE_VARIABLE": "set by the pipeline"]]))
        let run = try await ExternalFixture.run(ExternalFixture.load(yaml), ["x"])
        #expect(run.echoes.first?["variable"] == "set by the pipeline")
    }

    @Test func thePluginRunsInTheDirectoryOfThePipelineFileThatGivesItsCommand() async throws {
        let directory = try TemporaryDirectory(["sub/p.yaml": ExternalFixture.yaml(ExternalFixture.stage())])
        let pipeline = try PipelineCatalog().load(directory.path + "/sub/p.yaml", registry: ExternalFixture.registry)
        let run = try await ExternalFixture.run(pipeline, ["x"])
        let expected = URL(fileURLWithPath: directory.path + "/sub").resolvingSymlinksInPath().path
        #expect(run.echoes.first?["cwd"] == .string(expected))
    }

    @Test func withExtendsThePluginRunsWhereTheFileSettingItsCommandIs() async throws {
        let child = """
            name: child
            extends: ../plugins/p.yaml
            stages:
              - id: fixture
                with: {timeout: 20}
            """
        let directory = try TemporaryDirectory([
            "plugins/p.yaml": ExternalFixture.yaml(ExternalFixture.stage()), "mine/child.yaml": child,
        ])
        let pipeline = try PipelineCatalog().load(directory.path + "/mine/child.yaml", registry: ExternalFixture.registry)
        let run = try await ExternalFixture.run(pipeline, ["x"])
        let expected = URL(fileURLWithPath: directory.path + "/plugins").resolvingSymlinksInPath().path
        #expect(run.echoes.first?["cwd"] == .string(expected))
    }

    @Test func builtInLayersFromThePluginFeedTheStagesAfterIt() async throws {
        let yaml = ExternalFixture.yaml(
            "  - use: tokenize\n",
            ExternalFixture.stage([
                "produces": ["echo", "entities"], "env": ["FIXTURE_PRODUCES": "echo,entities"],
            ]),
            "  - use: quotes\n")
        let run = try await ExternalFixture.run(ExternalFixture.load(yaml), ["entities Ahmed said hello"])
        let entity = try #require(run.documents.first?.entities.first)
        #expect(entity.span == Span(start: 9, end: 14))
        #expect(entity.text == "Ahmed" && entity.label == .person)
    }

    @Test func aLaterStageNeedingALayerTheExternalStageDoesNotDeclareIsALoadError() {
        let yaml = ExternalFixture.yaml("  - use: tokenize\n", ExternalFixture.stage(), "  - use: quotes\n")
        #expect(throws: PipelineLoadError.self) { try ExternalFixture.load(yaml) }
        do {
            _ = try ExternalFixture.load(yaml)
        } catch {
            #expect(
                error.diagnostics.map(\.message) == ["`quotes` needs `entities`, which no registered stage produces"])
        }
    }

    @Test func theOutputCarriesTheLayersTheExternalStageProduces() throws {
        let pipeline = try ExternalFixture.load(ExternalFixture.yaml("  - use: tokenize\n", ExternalFixture.stage()))
        #expect(pipeline.producedLayers == [.tokens, .sentences, "echo"])
    }

    @Test func producingTheNormalizedLayerIsRefusedAtItsValue() throws {
        let yaml =
            "name: p\nlanguage: en\nstages:\n  - use: external\n    with:\n      command: [cat]\n"
            + "      produces: [normalized]\n"
        #expect(
            report(yaml) == """
                <bundled>/p.yaml:7:17: error: invalid value for `produces`: an external stage cannot produce \
                `normalized`: its map back to the original text cannot be sent
                      produces: [normalized]
                                ^
                """)
    }

    @Test func anEmptyCommandIsRefusedWhenThePipelineIsLoaded() {
        let yaml = "name: p\nlanguage: en\nstages:\n  - use: external\n    with: {produces: [x]}\n"
        #expect(
            report(yaml).hasPrefix(
                "<bundled>/p.yaml:4:10: error: cannot set up `external`: `command` is empty: give the plugin's command "
                    + "line as a list, like `command: [python3, my_stage.py]`"))
    }

    @Test func loadingAPipelineNeverStartsItsCommand() throws {
        let directory = try TemporaryDirectory()
        let marker = directory.path + "/started"
        _ = try ExternalFixture.load(
            ExternalFixture.yaml(ExternalFixture.stage(["command": ["touch", .string(marker)]])))
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func standardErrorLinesBecomeEventsTaggedWithTheStage() async throws {
        let run = try await ExternalFixture.run(
            ExternalFixture.load(ExternalFixture.yaml(ExternalFixture.stage())), ["stderr"])
        let lines = run.events(named: "external.stderr")
        #expect(lines.map { $0.fields["line"] } == ["fixture: working on d0", "fixture: input closed"])
        #expect(lines.allSatisfy { $0.fields["stage"] == "fixture" && $0.fields["pipeline"] == "p" })
    }

    @Test func theRunLogsThePluginStartingAndStoppingBeforeItsSummary() async throws {
        let run = try await ExternalFixture.run(ExternalFixture.load(ExternalFixture.yaml(ExternalFixture.stage())), ["x"])
        let started = try #require(run.events(named: "external.started").first)
        #expect(started.fields["plugin"] == "fixture" && started.fields["version"] == "0.1")
        #expect(run.events.suffix(3).map(\.event) == ["external.stderr", "external.stopped", "run.summary"])
        #expect(run.events(named: "external.stopped").first?.fields["status"] == 0)
    }

    @Test func theHarnessStartsAndStopsTheStage() throws {
        let pipeline = try ExternalFixture.load(ExternalFixture.yaml(ExternalFixture.stage()))
        let result = try StageHarness.run(pipeline, on: "hello")
        #expect(ExternalFixture.echo(of: result.document)?["length"] == 5)
        #expect(result.events(named: "external.stopped").count == 1)
    }

    /// The load report for `yaml` as the bundled pipeline `p`.
    private func report(_ yaml: String) -> String {
        do {
            _ = try ExternalFixture.load(yaml)
            return ""
        } catch {
            return error.description
        }
    }
}
