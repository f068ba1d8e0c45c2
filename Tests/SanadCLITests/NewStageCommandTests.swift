import Foundation
import SanadTesting
import Testing

/// `sanad new stage`: what it writes, and that what it writes works as written — the external stage through the
/// binary, the Swift plugin type-checked against the built `SanadCore` and `SanadTesting`.
@Suite struct NewStageCommandTests {
    @Test func anExternalStageRunsInItsPipelineAsGenerated() throws {
        let directory = try TemporaryDirectory()
        let created = try SanadBinary.run(["new", "stage", "word-finder", "--external", "--output", directory.path])
        #expect(created.status == 0)
        let pipeline = directory.path + "/word-finder/word-finder.yaml"
        let text = "قالت الحكومة إن الوزير وصل."
        let byPath = try SanadBinary.run(["run", pipeline, "--allow-external"], stdin: text)
        let byName = try SanadBinary.run(
            ["run", "word-finder", "--pipelines", directory.path + "/word-finder"], stdin: text)
        for result in [byPath, byName] {
            #expect(result.status == 0)
            let document = try #require(try result.json() as? [String: Any])
            let matches = (document["layers"] as? [String: Any])?["word_finder"] as? [[String: Any]]
            #expect(matches?.map { $0["text"] as? String } == ["الحكومة", "الوزير"])
        }
    }

    @Test func anExternalStagesOwnTestsPassAsGenerated() throws {
        let directory = try TemporaryDirectory()
        _ = try SanadBinary.run(["new", "stage", "WordFinder", "--external", "--output", directory.path])
        let result = try Command.run(
            ["python3", "-m", "unittest", "-q", "test_word_finder"], in: directory.path + "/word-finder",
            environment: ["PYTHONDONTWRITEBYTECODE": "1"])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func aSwiftPluginFollowsThePluginConventionAndTypeChecksAsGenerated() throws {
        let directory = try TemporaryDirectory()
        let created = try SanadBinary.run(["new", "stage", "word_finder", "--swift", "--output", directory.path])
        #expect(created.status == 0)
        let plugin = directory.path + "/WordFinder"
        let files = try FileManager.default.subpathsOfDirectory(atPath: plugin).sorted()
        #expect(
            files == [
                "README.md", "Sources", "Sources/SanadPlugin.swift", "Sources/WordFinderOptions.swift",
                "Sources/WordFinderStage.swift", "Tests", "Tests/WordFinderStageTests.swift", "word-finder.yaml",
            ])
        let modules = try BuiltModules.locate()
        let sources = files.filter { $0.hasPrefix("Sources/") }.map { plugin + "/" + $0 }
        let module = try Command.run(
            [
                "swiftc", "-emit-module", "-module-name", "WordFinder", "-parse-as-library", "-swift-version", "6",
                "-emit-module-path", directory.path + "/WordFinder.swiftmodule",
            ] + modules.searchPaths + sources)
        #expect(module.status == 0, "\(module.output)")
        let tests = try Command.run(
            ["swiftc", "-typecheck", "-swift-version", "6", "-I", directory.path] + modules.searchPaths
                + [plugin + "/Tests/WordFinderStageTests.swift"])
        #expect(tests.status == 0, "\(tests.output)")
    }

    @Test func theSwiftPluginsPipelineUsesTheStageByName() throws {
        let directory = try TemporaryDirectory()
        _ = try SanadBinary.run(["new", "stage", "word-finder", "--output", directory.path])
        let yaml = try String(contentsOfFile: directory.path + "/WordFinder/word-finder.yaml", encoding: .utf8)
        #expect(yaml.contains("extends: arabic-news\nstages:\n  - use: word-finder\n"))
    }

    @Test func itPrintsPackageSwiftsPluginsLineWithTheNewPlugin() throws {
        let directory = try TemporaryDirectory([
            "Package.swift": "// swift-tools-version:6.1\nlet plugins = [\"Quantities\", \"Keywords\"]\n"
        ])
        let result = try SanadBinary.run(["new", "stage", "word-finder"], in: URL(fileURLWithPath: directory.path))
        #expect(result.stdout.contains("\n  let plugins = [\"Quantities\", \"Keywords\", \"WordFinder\"]\n"))
        #expect(
            FileManager.default.fileExists(atPath: directory.path + "/Plugins/WordFinder/Sources/WordFinderStage.swift")
        )
    }

    @Test func itRefusesANameAStageHasAlready() throws {
        let result = try SanadBinary.run(["new", "stage", "segment", "--external", "--output", NSTemporaryDirectory()])
        #expect(result.status != 0)
        #expect(
            result.stderr
                == "Error: there is a stage named `segment` already (see `sanad stages`); choose another name\n")
    }

    @Test func itRefusesToWriteOverAFolder() throws {
        let directory = try TemporaryDirectory(["word-finder/keep.txt": "mine"])
        let result = try SanadBinary.run(["new", "stage", "word-finder", "--external", "--output", directory.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(directory.path)/word-finder exists already"))
        #expect(try String(contentsOfFile: directory.path + "/word-finder/keep.txt", encoding: .utf8) == "mine")
    }
}

/// The module folders of the build that made `sanad`, for compiling generated code against `SanadCore`.
struct BuiltModules {
    /// `-I` options: the build's `Modules` folder and the C module Yams (which SanadCore uses) needs.
    let searchPaths: [String]

    /// Finds them from the `sanad` executable's folder up to the scratch folder holding `checkouts`.
    static func locate() throws -> BuiltModules {
        let binFolder = SanadBinary.url.resolvingSymlinksInPath().deletingLastPathComponent()
        var scratch = binFolder
        while !FileManager.default.fileExists(atPath: scratch.appendingPathComponent("checkouts").path) {
            guard scratch.pathComponents.count > 1 else { throw BuildFolderNotFound(start: binFolder.path) }
            scratch = scratch.deletingLastPathComponent()
        }
        return BuiltModules(searchPaths: [
            "-I", binFolder.appendingPathComponent("Modules").path,
            "-I", scratch.appendingPathComponent("checkouts/Yams/Sources/CYaml/include").path,
        ])
    }

    /// No folder above the binary holds the package checkouts.
    struct BuildFolderNotFound: Error, CustomStringConvertible {
        let start: String
        var description: String { "no build folder with `checkouts` above \(start)" }
    }
}

/// Runs a command found on `PATH` and collects its output.
enum Command {
    /// The exit status and the standard output and error, interleaved.
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws
        -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let output = NSTemporaryDirectory() + "sanad-command-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: output) }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOfFile: output, encoding: .utf8))
    }
}
