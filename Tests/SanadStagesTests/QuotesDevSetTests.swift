import Foundation
import SanadCore
import SanadTesting
import Testing
@testable import SanadStages

/// The hand-annotated dev set (`Fixtures/quotes-dev`, rules in `docs/quote-annotation.md`) scored in-process with the
/// shared scorer's matching: the `arabic-news` stages must keep their attributed-F1. `scripts/eval-quotes.sh` gives
/// the same figure with the scorer itself.
@Suite struct QuotesDevSetTests {
    /// The score the stages must not fall below (measured 0.967 when the set was built; the margin absorbs changes
    /// of the entity model, which the speakers' entities depend on).
    static let floor = 0.94

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/quotes-dev")

    @Test func attributedF1OnTheDevSetDoesNotRegress() throws {
        let stages: [any Stage] = [
            NormalizeStage(options: .init()), try SegmentStage(options: .init()),
            try EntitiesStage(options: .init()), try QuotesStage(options: .init()),
        ]
        let texts = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        #expect(texts.count >= 15)
        var scorer = QuotesDevSetScorer()
        for name in texts {
            let text = try String(contentsOf: Self.directory.appendingPathComponent(name), encoding: .utf8)
            let goldName = name.replacingOccurrences(of: ".txt", with: ".gold.json")
            let goldFile = Self.directory.appendingPathComponent(goldName)
            let gold = try JSONDecoder().decode(QuotesDevSetScorer.Gold.self, from: Data(contentsOf: goldFile))
            scorer.add(gold: gold, predicted: try StageHarness.run(stages, on: text, id: name).document.quotes)
        }
        #expect(scorer.required >= 200)
        #expect(scorer.attributedF1 >= Self.floor, "attributed-F1 \(scorer.attributedF1)")
    }
}
