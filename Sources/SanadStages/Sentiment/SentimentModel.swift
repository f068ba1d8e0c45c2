import Foundation
import SanadCore

/// The trained linear model: multinomial logistic regression over hashed word and character n-gram features
/// (see ``FeatureConfiguration``), with three classes in ``SentimentScore/Polarity`` order (positive, negative,
/// neutral), plus the ``ScoreCombination`` tuned for it.
///
/// A text's feature vector holds each bucket's occurrence count divided by the square root of the text's number of
/// feature occurrences (see ``SparseVector/counting(_:)``). That value is linear in the occurrences, so scoring
/// needs no counting: the weights of every occurrence are summed as the hasher yields them (``FeatureSums``) and the
/// sum is scaled once, and a document's sums are the sums of its sentences'.
///
/// Weights are kept as they are stored, 16-bit integers with one scale per class, four to a bucket (the fourth is
/// padding, so one aligned 8-byte load fetches a bucket): 2^16 buckets take 512 KB. Training scores its dev rows with
/// the same quantized weights the file holds, so its figures are those of the shipped model.
///
/// Read and written with ``init(serialized:name:)`` and ``serialized()`` in a compact, versioned binary format
/// (see ``SentimentModelFormat``).
public struct SentimentModel: Sendable {
    /// The features the model reads.
    public let features: FeatureConfiguration
    /// How its score combines with the lexicon's.
    public var combination: ScoreCombination
    /// Free-form facts about how the model was made (data, split, dev figures), kept in the file.
    public var notes: [String: String]
    /// Quantized weights per bucket: positive, negative, neutral, 0.
    let quantized: [SIMD4<Int16>]
    /// Per-class scale of ``quantized`` (the fourth lane is 0).
    let scales: SIMD4<Float>
    /// Per-class bias.
    let bias: [Float]

    /// The number of classes.
    static let classCount = 3

    /// Creates a model from trained weights (`bucket * 3 + class`, `features.bucketCount * 3` of them), quantizing
    /// them; each class's scale is its largest absolute weight over `Int16.max`.
    init(
        features: FeatureConfiguration, weights: [Float], bias: [Float], combination: ScoreCombination,
        notes: [String: String] = [:]
    ) {
        precondition(weights.count == features.bucketCount * Self.classCount && bias.count == Self.classCount)
        var largest = SIMD4<Float>(repeating: 0)
        for (index, weight) in weights.enumerated() {
            largest[index % Self.classCount] = max(largest[index % Self.classCount], abs(weight))
        }
        var scales = SIMD4<Float>(repeating: 0)
        for c in 0..<Self.classCount { scales[c] = largest[c] > 0 ? largest[c] / Float(Int16.max) : 1 }
        // A diverged fit keeps a non-finite scale, which ``SentimentModelFormat`` refuses to write.
        if !weights.allSatisfy(\.isFinite) { scales = SIMD4(repeating: .nan) }
        var quantized = [SIMD4<Int16>](repeating: .zero, count: features.bucketCount)
        for bucket in quantized.indices {
            for c in 0..<Self.classCount {
                let weight = weights[bucket * Self.classCount + c]
                quantized[bucket][c] = weight.isFinite ? Int16(clamping: Int((weight / scales[c]).rounded())) : 0
            }
        }
        self.init(
            features: features, quantized: quantized, scales: scales, bias: bias, combination: combination,
            notes: notes)
    }

    /// Creates a model from weights as stored.
    init(
        features: FeatureConfiguration, quantized: [SIMD4<Int16>], scales: SIMD4<Float>, bias: [Float],
        combination: ScoreCombination, notes: [String: String]
    ) {
        precondition(quantized.count == features.bucketCount && bias.count == Self.classCount)
        self.features = features
        self.quantized = quantized
        self.scales = scales
        self.bias = bias
        self.combination = combination
        self.notes = notes
    }

    /// Adds the weights of one feature occurrence in `bucket` to `sums`.
    @inline(__always)
    func add(_ bucket: Int, to sums: inout FeatureSums) {
        quantized.withUnsafeBufferPointer { weights in
            sums.weights &+= SIMD4<Int64>(truncatingIfNeeded: weights[bucket])
        }
        sums.count += 1
    }

    /// The summed weights of one feature occurrence in each of `buckets`.
    @inline(__always)
    func sums(of buckets: UnsafeBufferPointer<Int>) -> FeatureSums {
        var sums = FeatureSums()
        quantized.withUnsafeBufferPointer { weights in
            for bucket in buckets { sums.weights &+= SIMD4<Int64>(truncatingIfNeeded: weights[bucket]) }
        }
        sums.count = buckets.count
        return sums
    }

    /// Starts loading the weights of `buckets`, which ``sums(of:)`` reads a little later, so that the fetches of
    /// several words overlap (see ``Prefetch``).
    @inline(__always)
    func prefetchWeights(of buckets: UnsafeBufferPointer<Int>) {
        quantized.withUnsafeBufferPointer { weights in
            for bucket in buckets {
                Prefetch.bytes(weights.baseAddress! + bucket, count: MemoryLayout<SIMD4<Int16>>.size)
            }
        }
    }

    /// The class probabilities of a text whose feature occurrences sum to `sums`, in positive, negative, neutral
    /// order.
    func probabilities(_ sums: FeatureSums) -> (positive: Double, negative: Double, neutral: Double) {
        var logits = (Double(bias[0]), Double(bias[1]), Double(bias[2]))
        if sums.count > 0 {
            let scaled = SIMD4<Float>(sums.weights) * scales / Float(sums.count).squareRoot()
            logits.0 += Double(scaled[0])
            logits.1 += Double(scaled[1])
            logits.2 += Double(scaled[2])
        }
        let top = max(logits.0, logits.1, logits.2)
        let positive = exp(logits.0 - top), negative = exp(logits.1 - top), neutral = exp(logits.2 - top)
        let total = positive + negative + neutral
        return (positive / total, negative / total, neutral / total)
    }

    /// The class probabilities of a feature vector (training's representation of a text).
    func probabilities(_ vector: SparseVector) -> (positive: Double, negative: Double, neutral: Double) {
        var sums = FeatureSums()
        for (index, count) in zip(vector.indices, vector.counts) {
            sums.weights &+= SIMD4<Int64>(truncatingIfNeeded: quantized[Int(index)]) &* Int64(count)
        }
        sums.count = vector.total
        return probabilities(sums)
    }
}

/// The summed quantized weights of a stretch of text's feature occurrences, and how many there were: what the
/// linear model needs to score the stretch, and what a document adds up over its sentences.
struct FeatureSums: Sendable {
    /// Per-class sums of quantized weights (positive, negative, neutral, padding).
    var weights = SIMD4<Int64>(repeating: 0)
    /// Number of feature occurrences.
    var count = 0

    /// Adds another stretch's sums.
    static func += (sums: inout FeatureSums, other: FeatureSums) {
        sums.weights &+= other.weights
        sums.count += other.count
    }
}
