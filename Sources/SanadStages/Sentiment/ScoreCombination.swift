import Foundation
import SanadCore

/// How the model's class probabilities and the lexicon's evidence become one score and a label.
///
/// The lexicon's evidence `e` (the sum of its modified hit weights, clipped to ±3; see ``LexiconAnalysis``) shifts
/// the model's log-probabilities, as independent evidence adds up in naive Bayes: positive by `+lexiconWeight · e`,
/// negative by `−lexiconWeight · e`; the two polar classes also get a bias each (`positiveBias`, `negativeBias`).
/// The renormalized probabilities `P′` give the label (the likeliest class) and the score `P′(positive) −
/// P′(negative)` in [-1, 1]. So a sentence with several agreeing hits (`قتل`, `هجوم`, `إرهابي`) is firmly
/// negative even where the tweet-trained model leans neutral, and a text without hits keeps the model's opinion.
/// The three numbers are tuned together for macro-F1 on out-of-fold predictions of the train split (see ``CombinationTuning``) and stored in the
/// model file.
public struct ScoreCombination: Codable, Hashable, Sendable {
    /// How strongly each unit of lexicon evidence moves the log-probabilities.
    public var lexiconWeight: Double
    /// Added to the positive log-probability.
    public var positiveBias: Double
    /// Added to the negative log-probability.
    public var negativeBias: Double

    /// Creates a combination.
    public init(lexiconWeight: Double, positiveBias: Double, negativeBias: Double) {
        self.lexiconWeight = lexiconWeight
        self.positiveBias = positiveBias
        self.negativeBias = negativeBias
    }

    /// The model as trained, without the lexicon: what a fold model uses before tuning.
    public static let modelOnly = ScoreCombination(lexiconWeight: 0, positiveBias: 0, negativeBias: 0)

    /// A combined score below this magnitude is neutral when it has no probabilities behind it (the mean score of
    /// an entity over several places).
    public static let aggregateThreshold = 0.2

    /// The combined score and label of model probabilities (positive, negative, neutral) and lexicon evidence.
    @inline(__always)
    public func combine(
        _ probabilities: (positive: Double, negative: Double, neutral: Double), lexicon: Double
    ) -> (score: Double, label: SentimentScore.Polarity) {
        let shift = lexiconWeight * lexicon
        let floor = 1e-12
        let positive = log(max(probabilities.positive, floor)) + shift + positiveBias
        let negative = log(max(probabilities.negative, floor)) - shift + negativeBias
        let neutral = log(max(probabilities.neutral, floor))
        let top = max(positive, negative, neutral)
        let p = exp(positive - top), n = exp(negative - top), u = exp(neutral - top)
        let total = p + n + u
        let label: SentimentScore.Polarity =
            positive == top ? .positive : (negative == top ? .negative : .neutral)
        return ((p - n) / total, label)
    }

    /// The label of a score that is a mean of combined scores.
    public static func aggregateLabel(_ score: Double) -> SentimentScore.Polarity {
        score >= aggregateThreshold ? .positive : (score <= -aggregateThreshold ? .negative : .neutral)
    }
}
