import Foundation
import SanadCore

/// How the model's class probabilities and the lexicon score become one score and a label.
///
/// The lexicon score `l` (in (-1, 1)) shifts the model's log-probabilities: positive by `+lexiconWeight · l`,
/// negative by `−lexiconWeight · l`, and the two polar classes get a bias each (`positiveBias`, `negativeBias`).
/// The renormalized probabilities `P′` give the label (the likeliest class) and the score `P′(positive) −
/// P′(negative)` in [-1, 1]. The three numbers are tuned together for macro-F1 on a dev split (see
/// ``CombinationTuning``) and stored in the model file.
public struct ScoreCombination: Codable, Hashable, Sendable {
    /// How strongly the lexicon score moves the log-probabilities.
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

    /// A combined score below this magnitude is neutral when it has no probabilities behind it (the mean score of
    /// an entity over several places).
    public static let aggregateThreshold = 0.2

    /// The combined score and label of model probabilities (positive, negative, neutral) and a lexicon score.
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
