import SanadCore

/// Chooses the ``ScoreCombination`` that maximizes macro-F1 on labelled dev texts, by grid search: lexicon weight
/// 0…3 in steps of 0.25, each bias −1…1 in steps of 0.1. Ties keep the first values met (smallest weight and biases).
enum CombinationTuning {
    /// The combination to use when there is no dev data to tune on: the model as trained, plus the lexicon.
    static let untuned = ScoreCombination(lexiconWeight: 1, positiveBias: 0, negativeBias: 0)

    /// The best combination for texts with model probabilities `probabilities`, lexicon evidence `lexicon` and labels
    /// `gold`, with its dev figures.
    static func tune(
        probabilities: [(positive: Double, negative: Double, neutral: Double)], lexicon: [Double],
        gold: [SentimentScore.Polarity]
    ) -> (combination: ScoreCombination, evaluation: SentimentEvaluation) {
        precondition(probabilities.count == lexicon.count && lexicon.count == gold.count && !gold.isEmpty)
        let weights = (0...12).map { Double($0) / 4 }
        let biases = (-10...10).map { Double($0) / 10 }
        var best: (combination: ScoreCombination, evaluation: SentimentEvaluation)?
        for weight in weights {
            for positive in biases {
                for negative in biases {
                    let combination = ScoreCombination(lexiconWeight: weight, positiveBias: positive, negativeBias: negative)
                    let predicted = zip(probabilities, lexicon).map { combination.combine($0, lexicon: $1).label }
                    let evaluation = SentimentEvaluation(gold: gold, predicted: predicted)
                    if evaluation.macroF1 > best?.evaluation.macroF1 ?? -1 { best = (combination, evaluation) }
                }
            }
        }
        return best!
    }
}
