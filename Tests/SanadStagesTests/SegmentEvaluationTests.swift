import Foundation
import SanadStages
import Testing

/// Measures the segmenter on the gold data in `../shared/data` (skipped when it is absent) and holds the scores
/// above floors a little under what the stage achieves (PUD pieces F1 0.932, proclitic boundaries 0.954; GUM
/// boundaries 0.979, inside paragraphs 0.963), so a regression fails loudly. Run with
/// `swift test --filter SegmentEvaluationTests` to print the scores.
@Suite("segment: evaluation on gold data")
struct SegmentEvaluationTests {
    @Test(
        .enabled(if: SharedData.url("ar/ud-arabic-pud.conllu") != nil, "needs ../shared/data/ar/ud-arabic-pud.conllu"))
    func tokensAgreeWithTheCliticSplitGoldOfArabicPUD() throws {
        let evaluation = try PUDEvaluation(CoNLLU.sentences(SharedData.url("ar/ud-arabic-pud.conllu")!))
        print("segment PUD pieces (clitics on):  \(evaluation.pieces)")
        print("segment PUD pieces (clitics off): \(evaluation.piecesWithoutClitics)")
        print("segment PUD proclitic boundaries: \(evaluation.procliticBoundaries)")
        #expect(evaluation.pieces.f1 >= 0.91)
        #expect(evaluation.procliticBoundaries.f1 >= 0.93)
        #expect(evaluation.pieces.f1 > evaluation.piecesWithoutClitics.f1)
    }

    @Test(.enabled(if: SharedData.url("en/gum-news") != nil, "needs ../shared/data/en/gum-news"))
    func sentencesAgreeWithGUMNews() throws {
        let folder = SharedData.url("en/gum-news")!
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "conllu" }.sorted { $0.path < $1.path }
        let documents = try files.map(CoNLLU.sentences)
        let evaluation = try GUMEvaluation(documents, options: SegmentOptions())
        var never = SegmentOptions()
        never.lineBreaks = .never
        let punctuationOnly = try GUMEvaluation(documents, options: never)
        print("segment GUM boundaries, all:          \(evaluation.all)")
        print("segment GUM boundaries, in paragraph: \(evaluation.inParagraph)")
        print("segment GUM boundaries, line_breaks=never: \(punctuationOnly.all)")
        #expect(evaluation.all.f1 >= 0.96)
        #expect(evaluation.inParagraph.f1 >= 0.94)
    }
}
