import Foundation
import SanadCore
import SanadTesting
import Testing

/// Where pipelines are found: directories before bundled ones, earlier directories first, files by path.
@Suite struct PipelineCatalogTests {
    func pipeline(_ description: String, extends parent: String? = nil) -> String {
        let stages = parent.map { "extends: \($0)\n" } ?? "stages:\n  - use: clean\n"
        return "description: \(description)\nlanguage: ar\n" + stages
    }

    @Test func searchDirectoriesPutTheCommandLineBeforeTheEnvironment() {
        let directories = PipelineCatalog.searchDirectories(
            ["cli-a", "cli-b"], environment: ["SANAD_PIPELINE_PATH": "env-a::env-b", "PATH": "/bin"])
        #expect(directories == ["cli-a", "cli-b", "env-a", "env-b"])
    }

    @Test func directoryPipelineReplacesTheBundledOneOfTheSameName() throws {
        let directory = try TemporaryDirectory(["news.yaml": pipeline("From the directory.")])
        let catalog = PipelineCatalog(bundled: ["news": pipeline("Bundled.")], directories: [directory.path])
        let news = try catalog.load("news", registry: testRegistry)
        #expect(news.description == "From the directory.")
        #expect(try catalog.entries().map(\.source) == [.file(directory.path + "/news.yaml")])
    }

    @Test func earlierDirectoryWins() throws {
        let first = try TemporaryDirectory(["news.yaml": pipeline("First.")])
        let second = try TemporaryDirectory(["news.yaml": pipeline("Second."), "other.yml": pipeline("Other.")])
        let catalog = PipelineCatalog(directories: [first.path, second.path])
        #expect(try catalog.load("news", registry: testRegistry).description == "First.")
        #expect(try catalog.load("other", registry: testRegistry).description == "Other.")
    }

    @Test func yamlExtensionWinsOverYmlInOneDirectory() throws {
        let directory = try TemporaryDirectory(["news.yml": pipeline("Yml."), "news.yaml": pipeline("Yaml.")])
        let catalog = PipelineCatalog(directories: [directory.path])
        #expect(try catalog.load("news", registry: testRegistry).description == "Yaml.")
    }

    @Test func entriesListEveryNameOnceWithDescriptionLanguageAndSource() throws {
        let directory = try TemporaryDirectory([
            "mine.yaml": pipeline("Mine.", extends: "news"), "broken.yaml": "stages: [", "notes.txt": "not a pipeline",
        ])
        let catalog = PipelineCatalog(bundled: ["news": pipeline("Bundled news.")], directories: [directory.path])
        #expect(
            try catalog.entries() == [
                .init(name: "broken", description: nil, language: nil, source: .file(directory.path + "/broken.yaml")),
                .init(name: "mine", description: "Mine.", language: "ar", source: .file(directory.path + "/mine.yaml")),
                .init(name: "news", description: "Bundled news.", language: "ar", source: .bundled),
            ])
    }

    @Test func pathReferenceLoadsThatFileUnderItsFileName() throws {
        let directory = try TemporaryDirectory(["sub/my-news.yaml": pipeline("By path.")])
        let pipeline = try PipelineCatalog().load(directory.path + "/sub/my-news.yaml", registry: testRegistry)
        #expect([pipeline.name, pipeline.description] == ["my-news", "By path."])
    }

    @Test func extendsPathIsRelativeToTheExtendingFile() throws {
        let directory = try TemporaryDirectory([
            "child.yaml": pipeline("Child.", extends: "parents/base.yaml"),
            "parents/base.yaml": "language: en\nstages:\n  - use: tokenize\n",
        ])
        let pipeline = try PipelineCatalog().load(directory.path + "/child.yaml", registry: testRegistry)
        #expect(pipeline.stages.map(\.id) == ["tokenize"])
    }

    @Test func pipelineExtendingItsOwnNameExtendsTheOneItReplaces() throws {
        let directory = try TemporaryDirectory([
            "news.yaml": "extends: news\nstages:\n  - id: clean\n    with: {diacritics: keep}\n"
        ])
        let catalog = PipelineCatalog(bundled: ["news": pipeline("Bundled news.")], directories: [directory.path])
        let news = try catalog.load("news", registry: testRegistry)
        #expect(news.description == "Bundled news.")
        #expect(news.stages[0].options == ["diacritics": "keep", "tatweel": true])
    }

    @Test func missingDirectoryIsReported() {
        let catalog = PipelineCatalog(bundled: ["news": pipeline("Bundled.")], directories: ["/no/such/sanad-dir"])
        #expect(
            report(loading: "news", from: catalog)
                == "/no/such/sanad-dir: error: pipeline directory does not exist or cannot be read")
    }

    @Test func missingFileIsReported() {
        #expect(
            report(loading: "/no/such/news.yaml", from: PipelineCatalog())
                == "/no/such/news.yaml: error: no such pipeline file, or it cannot be read")
    }

    @Test func unknownNameSaysWhereItLooked() throws {
        let directory = try TemporaryDirectory([:])
        #expect(
            diagnostics(loading: "news", from: PipelineCatalog(directories: [directory.path])).map(\.message) == [
                "no pipeline named `news` (looked in `\(directory.path)`, the bundled pipelines)"
            ])
    }
}
