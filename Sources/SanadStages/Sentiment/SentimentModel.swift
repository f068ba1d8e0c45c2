import Foundation
import SanadCore

/// The trained linear model: multinomial logistic regression over hashed word and character n-gram features
/// (see ``FeatureConfiguration``), with three classes in ``SentimentScore/Polarity`` order (positive, negative,
/// neutral), plus the ``ScoreCombination`` tuned for it.
///
/// Read and written with ``init(serialized:)`` and ``serialized()`` in a compact, versioned binary format
/// (see ``SentimentModelFormat``).
public struct SentimentModel: Sendable {
    /// The features the model reads.
    public let features: FeatureConfiguration
    /// How its score combines with the lexicon's.
    public var combination: ScoreCombination
    /// Free-form facts about how the model was made (data, split, dev figures), kept in the file.
    public var notes: [String: String]
    /// Weights, `bucket * 3 + class`.
    let weights: [Float]
    /// Per-class bias.
    let bias: [Float]

    /// The number of classes.
    static let classCount = 3

    /// Creates a model from its parameters; `weights` has `features.bucketCount * 3` entries.
    init(
        features: FeatureConfiguration, weights: [Float], bias: [Float], combination: ScoreCombination,
        notes: [String: String] = [:]
    ) {
        precondition(weights.count == features.bucketCount * Self.classCount && bias.count == Self.classCount)
        self.features = features
        self.weights = weights
        self.bias = bias
        self.combination = combination
        self.notes = notes
    }

    /// The class probabilities of a feature vector, in positive, negative, neutral order.
    @inline(__always)
    func probabilities(_ vector: SparseVector) -> (positive: Double, negative: Double, neutral: Double) {
        var logits = (Double(bias[0]), Double(bias[1]), Double(bias[2]))
        weights.withUnsafeBufferPointer { weights in
            for (index, value) in zip(vector.indices, vector.values) {
                let row = Int(index) * Self.classCount
                logits.0 += Double(value * weights[row])
                logits.1 += Double(value * weights[row + 1])
                logits.2 += Double(value * weights[row + 2])
            }
        }
        let top = max(logits.0, logits.1, logits.2)
        let positive = exp(logits.0 - top), negative = exp(logits.1 - top), neutral = exp(logits.2 - top)
        let total = positive + negative + neutral
        return (positive / total, negative / total, neutral / total)
    }
}
