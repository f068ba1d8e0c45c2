import Foundation
import SanadCore

/// K-fold cross-validation of the whole training procedure of a ``SentimentTrainer``: fold `f` holds the rows `i`
/// with `i % folds == f`; for each fold the trainer is run on the other rows exactly as `sanad train sentiment`
/// runs it (its own dev split and tuning included) and the model it returns is scored on the held-out fold.
///
/// Why: one dev split of 843 tweets (579 MSA) moves by ±0.02 macro-F1 with the luck of the draw, so a change of
/// features or settings is only trusted when the mean over folds moves.
public struct SentimentCrossValidation: Sendable {
    /// The figures of one held-out fold.
    public struct Fold: Sendable {
        /// All held-out rows of the fold.
        public var overall: SentimentEvaluation
        /// Held-out rows per value of the trainer's group column.
        public var byGroup: [String: SentimentEvaluation]
    }

    /// Every fold's figures, in fold order.
    public var folds: [Fold]

    /// Runs `folds`-fold cross-validation of `trainer` on `examples`; `progress` hears each finished fold.
    public init(
        trainer: SentimentTrainer, examples: [LabelledText], folds count: Int,
        progress: (_ fold: Int, _ figures: Fold) -> Void = { _, _ in }
    ) throws(SentimentDataError) {
        guard count >= 2, count <= examples.count else {
            throw SentimentDataError("cross-validation needs 2 to \(examples.count) folds, not \(count)")
        }
        folds = []
        for fold in 0..<count {
            let held = examples.indices.filter { $0 % count == fold }.map { examples[$0] }
            let kept = examples.indices.filter { $0 % count != fold }.map { examples[$0] }
            let model = try trainer.train(kept).model
            let scorer = ArabicSentimentScorer(matcher: trainer.matcher, model: model)
            let predicted = held.map { scorer.parts(of: $0.text).label }
            let figures = Fold(
                overall: SentimentEvaluation(gold: held.map(\.label), predicted: predicted),
                byGroup: SentimentEvaluation.byGroup(held, predicted: predicted, column: trainer.groupColumn))
            folds.append(figures)
            progress(fold, figures)
        }
    }

    /// Mean and sample standard deviation over folds of `measure`, for all rows or only those of `group`.
    public func summary(group: String? = nil, _ measure: (SentimentEvaluation) -> Double) -> (mean: Double, sd: Double) {
        let values = folds.compactMap { fold in group.map { fold.byGroup[$0] } ?? fold.overall }.map(measure)
        guard !values.isEmpty else { return (0, 0) }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.count < 2
            ? 0 : values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
        return (mean, variance.squareRoot())
    }

    /// Mean ± standard deviation of accuracy, macro-F1 and F1-PN over folds, one line for all rows and one per group.
    public var report: String {
        let groups = Set(folds.flatMap { $0.byGroup.keys }).sorted()
        return ([nil] + groups.map(Optional.some)).map { group in
            let accuracy = summary(group: group, \.accuracy), macro = summary(group: group, \.macroF1)
            let pn = summary(group: group, \.f1PN)
            return String(
                format: "%@: accuracy %.4f ± %.4f  macro-F1 %.4f ± %.4f  F1-PN %.4f ± %.4f", group ?? "all rows",
                accuracy.mean, accuracy.sd, macro.mean, macro.sd, pn.mean, pn.sd)
        }.joined(separator: "\n")
    }
}

extension SentimentEvaluation {
    /// Figures per value of `column` of `rows`, whose predicted labels are `predicted` (rows without the column are
    /// left out).
    static func byGroup(_ rows: [LabelledText], predicted: [SentimentScore.Polarity], column: String)
        -> [String: SentimentEvaluation]
    {
        var byGroup: [String: SentimentEvaluation] = [:]
        for group in Set(rows.compactMap { $0.columns[column] }) {
            let members = rows.indices.filter { rows[$0].columns[column] == group }
            byGroup[group] = SentimentEvaluation(
                gold: members.map { rows[$0].label }, predicted: members.map { predicted[$0] })
        }
        return byGroup
    }
}
