import Foundation
import SanadCore

/// Document-level scores of predicted labels against gold labels, defined as `shared/eval/sentiment_score.py`
/// defines them: accuracy, F1 of each class, macro-F1 (mean over the three classes) and F1-PN (mean of the positive
/// and negative F1, SemEval's measure). A class never predicted and never gold has F1 0.
public struct SentimentEvaluation: Hashable, Sendable {
    /// Number of documents scored.
    public let count: Int
    /// Share of documents whose label is right.
    public let accuracy: Double
    /// F1 per class.
    public let f1: [SentimentScore.Polarity: Double]
    /// Counts by gold label (outer key) and predicted label (inner key).
    public let confusion: [SentimentScore.Polarity: [SentimentScore.Polarity: Int]]

    /// Scores `predicted` against `gold`, which must have the same length.
    public init(gold: [SentimentScore.Polarity], predicted: [SentimentScore.Polarity]) {
        precondition(gold.count == predicted.count, "one prediction per gold label")
        let classes = SentimentScore.Polarity.allCases
        var counts = [Int](repeating: 0, count: classes.count * classes.count)
        for (truth, guess) in zip(gold, predicted) {
            counts[classes.firstIndex(of: truth)! * classes.count + classes.firstIndex(of: guess)!] += 1
        }
        var confusion: [SentimentScore.Polarity: [SentimentScore.Polarity: Int]] = [:]
        var f1: [SentimentScore.Polarity: Double] = [:]
        for (row, truth) in classes.enumerated() {
            confusion[truth] = Dictionary(
                uniqueKeysWithValues: classes.enumerated().map { ($1, counts[row * classes.count + $0]) })
            f1[truth] = Self.f1(of: row, confusion: counts)
        }
        count = gold.count
        accuracy = gold.isEmpty ? 0 : Double(zip(gold, predicted).filter { $0 == $1 }.count) / Double(gold.count)
        self.f1 = f1
        self.confusion = confusion
    }

    /// The F1 of class `label` (an index into ``SentimentScore/Polarity/allCases``) from a confusion matrix in that
    /// order, row-major with gold labels as rows: 0 when the class is never right.
    @inline(__always)
    static func f1(of label: Int, confusion counts: [Int]) -> Double {
        let classes = SentimentScore.Polarity.allCases.count
        var predicted = 0, gold = 0
        for other in 0..<classes {
            predicted += counts[other * classes + label]
            gold += counts[label * classes + other]
        }
        let right = Double(counts[label * classes + label])
        let precision = predicted > 0 ? right / Double(predicted) : 0
        let recall = gold > 0 ? right / Double(gold) : 0
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    /// Mean F1 over the three classes of a confusion matrix laid out as ``f1(of:confusion:)`` reads it.
    static func macroF1(confusion counts: [Int]) -> Double {
        (0..<SentimentScore.Polarity.allCases.count).reduce(0) { $0 + f1(of: $1, confusion: counts) } / 3
    }

    /// Mean F1 over positive, negative and neutral.
    public var macroF1: Double { SentimentScore.Polarity.allCases.reduce(0) { $0 + f1[$1]! } / 3 }

    /// Mean F1 of positive and negative.
    public var f1PN: Double { (f1[.positive]! + f1[.negative]!) / 2 }

    /// The figures in `sentiment_score.py`'s layout; the last line is `macro-F1 X`.
    public var report: String {
        String(
            format: "documents %d\naccuracy %.3f  F1 pos %.3f neg %.3f neu %.3f  F1-PN %.3f\nmacro-F1 %.4f", count,
            accuracy, f1[.positive]!, f1[.negative]!, f1[.neutral]!, f1PN, macroF1)
    }
}

extension SentimentEvaluation {
    /// Scores every text of `examples` with `analyzer` and compares the labels (what `sanad eval sentiment` runs).
    public static func evaluate(
        _ examples: [LabelledText], with analyzer: SentimentAnalyzer, language: SentimentAnalyzer.Language = .auto
    ) -> SentimentEvaluation {
        SentimentEvaluation(
            gold: examples.map(\.label), predicted: examples.map { analyzer.score($0.text, language: language).label })
    }
}
