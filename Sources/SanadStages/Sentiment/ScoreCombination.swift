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
        let (positive, negative, neutral) = shifted(ScoreCombination.logProbabilities(probabilities), lexicon: lexicon)
        let top = max(positive, negative, neutral)
        let p = exp(positive - top), n = exp(negative - top), u = exp(neutral - top)
        let total = p + n + u
        let label = SentimentScore.Polarity.allCases[ScoreCombination.labelIndex(positive, negative, neutral)]
        return ((p - n) / total, label)
    }

    /// The log-probabilities ``combine(_:lexicon:)`` starts from, floored so that a zero probability stays finite.
    @inline(__always)
    static func logProbabilities(
        _ probabilities: (positive: Double, negative: Double, neutral: Double)
    ) -> (positive: Double, negative: Double, neutral: Double) {
        let floor = 1e-12
        return (log(max(probabilities.positive, floor)), log(max(probabilities.negative, floor)),
                log(max(probabilities.neutral, floor)))
    }

    /// `logs` moved by the lexicon evidence and the biases: what ``combine(_:lexicon:)`` compares.
    @inline(__always)
    func shifted(
        _ logs: (positive: Double, negative: Double, neutral: Double), lexicon: Double
    ) -> (positive: Double, negative: Double, neutral: Double) {
        let shift = lexiconWeight * lexicon
        return (logs.positive + shift + positiveBias, logs.negative - shift + negativeBias, logs.neutral)
    }

    /// The index in `SentimentScore.Polarity.allCases` of the largest of shifted log-probabilities; ties go to
    /// positive, then negative.
    @inline(__always)
    static func labelIndex(_ positive: Double, _ negative: Double, _ neutral: Double) -> Int {
        let top = max(positive, negative, neutral)
        return positive == top ? 0 : (negative == top ? 1 : 2)
    }

    /// The label of a score that is a mean of combined scores.
    public static func aggregateLabel(_ score: Double) -> SentimentScore.Polarity {
        score >= aggregateThreshold ? .positive : (score <= -aggregateThreshold ? .negative : .neutral)
    }
}
