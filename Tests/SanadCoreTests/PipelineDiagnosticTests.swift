import SanadCore
import Testing

/// How one diagnostic prints, and how a load error orders several.
@Suite struct PipelineDiagnosticTests {
    @Test func caretFollowsTabsInTheSourceLine() {
        let diagnostic = PipelineDiagnostic(
            file: "p.yaml", line: 3, column: 4, message: "bad", sourceLine: "\t- x")
        #expect(diagnostic.description == "p.yaml:3:4: error: bad\n\t- x\n\t  ^")
    }

    @Test func caretCountsUnicodeScalarsAsColumns() {
        let diagnostic = PipelineDiagnostic(
            file: "p.yaml", line: 1, column: 10, message: "bad", sourceLine: "كلمة: عدد")
        #expect(diagnostic.description == "p.yaml:1:10: error: bad\nكلمة: عدد\n         ^")
    }

    @Test func diagnosticWithoutPositionNamesOnlyTheFile() {
        #expect(PipelineDiagnostic(file: "p.yaml", message: "gone").description == "p.yaml: error: gone")
    }

    @Test func loadErrorOrdersByFileInFirstSeenOrderThenPosition() {
        let error = PipelineLoadError([
            PipelineDiagnostic(file: "b.yaml", line: 9, column: 1, message: "b9", sourceLine: ""),
            PipelineDiagnostic(file: "a.yaml", line: 5, column: 2, message: "a5", sourceLine: ""),
            PipelineDiagnostic(file: "b.yaml", line: 2, column: 1, message: "b2", sourceLine: ""),
            PipelineDiagnostic(file: "a.yaml", message: "a"),
            PipelineDiagnostic(file: "a.yaml", line: 5, column: 1, message: "a5-1", sourceLine: ""),
        ])
        #expect(error.diagnostics.map(\.message) == ["b2", "b9", "a", "a5-1", "a5"])
    }
}
