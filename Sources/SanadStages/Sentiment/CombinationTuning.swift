import Foundation
import SanadCore

/// Chooses the ``ScoreCombination`` that maximizes macro-F1 on labelled texts, by grid search: lexicon weight 1…3 in
/// steps of 0.25, each bias −1…1 in steps of 0.1. Ties keep the first values met (smallest weight and biases).
///
/// The lexicon weight is at least 1 (a hit moves the log-odds by its full weight) because the texts tuned on are
/// tweets while the stage reads news: report-verb content about attacks, crises and agreements is rare in tweets, so
/// tuning on them alone would let the tweet-trained model drown the lexicon that carries it.
///
/// The trainer tunes on out-of-fold predictions of the whole train split (thousands of texts), not on the dev
/// split, so the dev figures stay those of unseen texts.
enum CombinationTuning {
    /// The best combination for texts with model probabilities `probabilities`, lexicon evidence `lexicon` and labels
    /// `gold`, with its figures on them.
    static func tune(
        probabilities: [(positive: Double, negative: Double, neutral: Double)], lexicon: [Double],
        gold: [SentimentScore.Polarity]
    ) -> (combination: ScoreCombination, evaluation: SentimentEvaluation) {
        precondition(probabilities.count == lexicon.count && lexicon.count == gold.count && !gold.isEmpty)
        // Only the label matters here, so work on log-probabilities and compare them as `combine` does.
        let logs = probabilities.map(ScoreCombination.logProbabilities)
        let classes = SentimentScore.Polarity.allCases
        let goldIndex = gold.map { classes.firstIndex(of: $0)! }
        let weights = (4...12).map { Double($0) / 4 }
        let biases = (-10...10).map { Double($0) / 10 }
        var best: (combination: ScoreCombination, macroF1: Double)?
        var confusion = [Int](repeating: 0, count: classes.count * classes.count)
        for weight in weights {
            for positiveBias in biases {
                for negativeBias in biases {
                    let combination = ScoreCombination(
                        lexiconWeight: weight, positiveBias: positiveBias, negativeBias: negativeBias)
                    for index in confusion.indices { confusion[index] = 0 }
                    for row in logs.indices {
                        let (positive, negative, neutral) = combination.shifted(logs[row], lexicon: lexicon[row])
                        let label = ScoreCombination.labelIndex(positive, negative, neutral)
                        confusion[goldIndex[row] * classes.count + label] += 1
                    }
                    let macroF1 = SentimentEvaluation.macroF1(confusion: confusion)
                    if macroF1 > best?.macroF1 ?? -1 { best = (combination, macroF1) }
                }
            }
        }
        let combination = best!.combination
        let predicted = zip(probabilities, lexicon).map { combination.combine($0, lexicon: $1).label }
        return (combination, SentimentEvaluation(gold: gold, predicted: predicted))
    }
}
