import Foundation
import SanadCore
import Testing
@testable import SanadStages

/// Reading labelled files and scoring labels the way `shared/eval/sentiment_score.py` does.
struct SentimentDataTests {
    @Test func csvFieldsMayHoldCommasQuotesAndLineBreaks() throws {
        let csv = "dialect,sarcasm,sentiment,original_sentiment,tweet,source\r\n"
            + "msa,False,negative,negative,\"\"\"قال، ثم\"\" مضى\",semeval\r\n"
            + "egypt,True,Positive,positive,\"سطر أول\nسطر, ثان\",astd\n"
        let rows = try LabelledTextReader.parse(csv, format: .csv, name: "a.csv")
        #expect(rows.map(\.label) == [.negative, .positive])
        #expect(rows.map(\.text) == ["\"قال، ثم\" مضى", "سطر أول\nسطر, ثان"])
        #expect(rows.map { $0.columns["dialect"] } == ["msa", "egypt"])
        #expect(rows[1].columns["source"] == "astd")
    }

    @Test func tsvWithoutHeaderNamesTakesTheSecondAndLastColumns() throws {
        let tsv = "idx\tsentiment\tsarcasm\ttext\n1\tneutral\tFalse\tنص أول\n2\tnegative\tTrue\tنص ثان\n"
        let rows = try LabelledTextReader.parse(tsv, format: .tsv, name: "a.tsv")
        #expect(rows.map(\.label) == [.neutral, .negative])
        #expect(rows.map(\.text) == ["نص أول", "نص ثان"])
    }

    @Test func anUnknownLabelIsReportedWithItsLine() {
        let csv = "sentiment,text\npositive,جيد\nmixed,بين بين\n"
        #expect(throws: SentimentDataError("b.csv line 3: label 'mixed' is not one of: positive, negative, neutral")) {
            try LabelledTextReader.parse(csv, format: .csv, name: "b.csv")
        }
    }

    @Test(.enabled(
        if: FileManager.default.fileExists(atPath: SentimentTestPaths.arsarcasm.path),
        "needs ../shared/data/ar/arsarcasm-train.csv"))
    func arSarcasmReadsAsTheSharedScorerReadsIt() throws {
        let rows = try LabelledTextReader.read(path: SentimentTestPaths.arsarcasm.path)
        #expect(rows.count == 8437)
        #expect(rows.filter { $0.columns["dialect"] == "msa" }.count == 5652)
        #expect(rows.filter { $0.label == .positive }.count == 1362)
        #expect(rows[0].text.hasPrefix("\"نصيحه ما عمرك"))
    }

    @Test func theFormatFollowsTheExtension() {
        #expect(LabelledTextReader.Format(path: "data/train.CSV") == .csv)
        #expect(LabelledTextReader.Format(path: "data/test.tsv") == .tsv)
    }

    @Test func metricsFollowTheSharedScorersDefinitions() {
        // gold:      pos pos neg neg neu neu
        // predicted: pos neu neg pos neu neu
        let evaluation = SentimentEvaluation(
            gold: [.positive, .positive, .negative, .negative, .neutral, .neutral],
            predicted: [.positive, .neutral, .negative, .positive, .neutral, .neutral])
        #expect(abs(evaluation.accuracy - 4.0 / 6) < 1e-12)
        #expect(abs(evaluation.f1[.positive]! - 0.5) < 1e-12)
        #expect(abs(evaluation.f1[.negative]! - 2.0 / 3) < 1e-12)
        #expect(abs(evaluation.f1[.neutral]! - 0.8) < 1e-12)
        #expect(abs(evaluation.macroF1 - (0.5 + 2.0 / 3 + 0.8) / 3) < 1e-12)
        #expect(abs(evaluation.f1PN - (0.5 + 2.0 / 3) / 2) < 1e-12)
        #expect(evaluation.report.hasSuffix("macro-F1 0.6556"))
    }
}
