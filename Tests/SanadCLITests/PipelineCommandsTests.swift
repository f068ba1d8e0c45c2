import Foundation
import Testing

/// `sanad validate`, `list` and `show` on the built binary.
@Suite struct PipelineCommandsTests {
    let fixtures = "Tests/SanadCLITests/Fixtures"

    @Test func validateReportsFiveMistakesAtOnceWithPositionsAndCarets() throws {
        let file = "\(fixtures)/broken.yaml"
        let result = try SanadBinary.run(["validate", file])
        #expect(result.status == 1)
        #expect(
            result.stderr == """
                \(file):4:1: error: unknown key `colour`; a pipeline has `name`, `description`, `language`, `extends`, `stages`
                colour: blue
                ^
                \(file):6:10: error: unknown stage `normalise`; did you mean `normalize`?
                  - use: normalise
                         ^
                \(file):9:20: error: invalid value for `line_breaks`: expected one of: always, two, never, not 'sometimes'
                      line_breaks: sometimes
                                   ^
                \(file):10:7: error: `segment` has no option `clitic`; did you mean `clitics`?
                      clitic: true
                      ^
                \(file):11:10: error: duplicate stage id `segment` (first at line 7); give one of them another `id:`
                  - use: segment
                         ^

                """)
    }

    @Test func validateAcceptsTheBundledPipelines() throws {
        let result = try SanadBinary.run(["validate", "arabic-news", "arabic-normalize"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("arabic-news: ok"))
    }

    @Test func listShowsBundledPipelinesAndThoseOfAPipelinesDirectory() throws {
        let result = try SanadBinary.run(["list", "--pipelines", fixtures])
        #expect(result.status == 0)
        #expect(result.stdout.contains("arabic-news "))
        #expect(result.stdout.contains("from: bundled"))
        #expect(result.stdout.contains("my-news "))
        #expect(result.stdout.contains("from: \(fixtures)/my-news.yaml"))
    }

    @Test func showPrintsTheResolvedPipelineWithInheritedStagesAndDefaults() throws {
        let result = try SanadBinary.run(["show", "my-news"], environment: ["SANAD_PIPELINE_PATH": fixtures])
        #expect(result.status == 0)
        #expect(result.stdout.contains("diacritics: keep"))
        #expect(result.stdout.contains("line_breaks: two"))
        #expect(result.stdout.contains("tatweel: remove"))
    }

    @Test func aCopiedBinaryStillFindsTheBundledPipelines() throws {
        let directory = NSTemporaryDirectory() + "sanad-copy-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.copyItem(atPath: SanadBinary.url.path, toPath: directory + "/sanad")
        let result = try SanadBinary.run(
            ["run", "arabic-normalize", "-"], stdin: "مرحبا.", in: URL(fileURLWithPath: directory),
            executable: URL(fileURLWithPath: directory + "/sanad"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"sentences\":[{\"start\":0,\"end\":6}]"))
    }
}
