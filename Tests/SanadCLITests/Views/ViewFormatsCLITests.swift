import Foundation
import SanadTesting
import Testing

/// `sanad run --format text|html|conll` end to end, on the built binary.
@Suite struct ViewFormatsCLITests {
    let example = AnnotatedExample.path

    @Test func textIsPlainWhenStandardOutputIsAPipe() throws {
        let result = try SanadBinary.run(["run", "arabic-news", example, "--format", "text"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "== \(example) ==")
        let sentences = lines.dropFirst().prefix { $0 != "quotes:" }.filter { $0.first?.isNumber == true }
        #expect(sentences.map { $0.prefix(3) } == (1...8).map { "\($0)  " })
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test(
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
    func textIsColouredAtATerminalUnlessNoColorIsSet() throws {
        func atTerminal(_ environment: [String: String]) throws -> String {
            let command = "\(SanadBinary.url.path) run arabic-news \(example) --format text 2>/dev/null"
            return try SanadBinary.run(
                ["-qec", command, "/dev/null"], environment: environment.merging(["TERM": "xterm"]) { $1 },
                executable: URL(fileURLWithPath: "/usr/bin/script")
            ).stdout
        }
        // An empty NO_COLOR counts as unset (https://no-color.org); `swift test` itself may run with NO_COLOR=1.
        let colored = try atTerminal(["NO_COLOR": ""])
        #expect(colored.contains("\u{1B}[1m== \(example) ==\u{1B}[0m"))
        let noColor = try atTerminal(["NO_COLOR": "1"])
        #expect(noColor.contains("== \(example) =="))
        #expect(!noColor.contains("\u{1B}["))
    }

    @Test func htmlIsOneWellFormedPageWithAnIndexForADirectory() throws {
        let directory = try TemporaryDirectory([
            "a.txt": "قال الوزير <b>كلاماً</b>.", "b.txt": "The minister spoke & left.",
        ])
        let result = try SanadBinary.run(["run", "arabic-news", directory.path, "--format", "html"])
        #expect(result.status == 0)
        let page = try ParsedPage(result.stdout)
        let sections = try page.elements("//section[@class='document']")
        #expect(sections.map { $0.attribute(forName: "dir")?.stringValue } == ["rtl", "ltr"])
        #expect(try page.elements("//nav[@class='index']//a").count == 2)
        #expect(
            try page.elements("//div[@class='article']").map(\.stringValue) == [
                "قال الوزير <b>كلاماً</b>.", "The minister spoke & left.",
            ])
    }

    /// The project's reader of token-per-line NER files, beside the package (read-only shared data and tools).
    static let conllReader = SanadBinary.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/eval/conll.py")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: conllReader.path), "needs ../shared/eval/conll.py"))
    func conllIsReadByTheProjectsCoNLLReaderWithEverySentenceAndToken() throws {
        let reader = Self.conllReader
        let directory = try TemporaryDirectory()
        let output = directory.path + "/article.conll"
        #expect(
            try SanadBinary.run(["run", "arabic-news", example, "--format", "conll", "--output", output]).status == 0)
        let json = try #require(try SanadBinary.run(["run", "arabic-news", example]).json() as? [String: Any])
        let script = """
            import sys; sys.path.insert(0, sys.argv[1]); from conll import read_sentences
            sentences = read_sentences(sys.argv[2]); print(len(sentences), sum(len(s) for s in sentences))
            """
        let counts = try SanadBinary.run(
            ["python3", "-c", script, reader.deletingLastPathComponent().path, output],
            executable: URL(fileURLWithPath: "/usr/bin/env"))
        let tokens = (json["tokens"] as? [Any])?.count ?? 0
        let sentences = (json["sentences"] as? [Any])?.count ?? 0
        #expect(counts.stdout == "\(sentences) \(tokens)\n")
    }

    @Test func conllAndTextAreRefusedForAPipelineWithoutTheirLayer() throws {
        let directory = try TemporaryDirectory([
            "only-normalize.yaml": "name: only-normalize\nlanguage: ar\nstages:\n  - use: normalize\n"
        ])
        for (format, layer) in [("conll", "tokens"), ("text", "sentences")] {
            let result = try SanadBinary.run(["run", directory.path + "/only-normalize.yaml", example, "--format", format])
            #expect(result.status != 0)
            #expect(
                result.stderr.contains(
                    "--format \(format) needs the \(layer) layer, which pipeline 'only-normalize' does not produce"))
            #expect(result.stdout.isEmpty)
        }
    }
}
