import Foundation
import SanadCore
import Testing

/// Anchors and aliases are refused before anything walks the document, so an alias bomb costs nothing.
@Suite struct YAMLAliasTests {
    /// Ten levels of ten aliases each: 10^10 strings once expanded.
    let bomb =
        "name: bomb\nlanguage: ar\nstages:\n  - use: tokenize\n    with:\n"
        + "      stopwords: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + (1...9).map { level in
            let aliases = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
            return "extra\(level): &l\(level) [\(aliases)]\n"
        }.joined()

    @Test func billionLaughsIsRefusedQuicklyWithoutGrowingMemory() {
        let before = peakResidentKilobytes()
        let start = ContinuousClock.now
        let found = diagnostics(loading: "bomb", from: catalog(["bomb": bomb]))
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(found.count == 10)
        #expect(
            found.first?.description == """
                <bundled>/bomb.yaml:6:18: error: YAML anchors and aliases (`&l0`) are not allowed in pipeline files; write the value out where it is used
                      stopwords: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]
                                 ^
                """)
        if let before, let after = peakResidentKilobytes() {
            #expect(after - before < 100_000)
        }
    }

    @Test func singleAliasIsRefusedAtItsAnchor() {
        let yaml = """
            language: ar
            stages:
              - use: clean
                with: &same {tatweel: false}
              - use: clean
                id: again
                with: *same
            """
        let found = diagnostics(loading: "p", from: catalog(["p": yaml]))
        #expect(found.map(\.message) == [
            "YAML anchors and aliases (`&same`) are not allowed in pipeline files; write the value out where it is used"
        ])
        #expect(found.map { [$0.line, $0.column] } == [[4, 11]])
    }

    @Test func undefinedAliasIsASyntaxError() {
        let yaml = "language: ar\nstages:\n  - use: clean\n    with: *nothing\n"
        #expect(
            diagnostics(loading: "p", from: catalog(["p": yaml])).map(\.message) == [
                "invalid YAML: found undefined alias"
            ])
    }

    /// The process's peak resident memory (VmHWM), where the system reports it.
    private func peakResidentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }
}
