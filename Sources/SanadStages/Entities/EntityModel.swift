import Foundation

/// A trained entity tagger: feature weights per tag, tag-transition weights, and the entity names seen in its
/// training data (the `training` source of its gazetteer).
///
/// A model is immutable and `Sendable`; one value serves every document of a pipeline. Build one with
/// ``PerceptronTrainer``, write it with ``serialized()`` and read it back with ``init(serialized:)``.
public struct EntityModel: Sendable {
    /// The feature weights, quantized.
    let weights: WeightTable
    /// `transitions[(previous + 1) * EntityTag.count + tag]`, where `previous` is -1 at a sentence start.
    let transitions: [Float]
    /// ``transitions`` with ill-formed ones at -∞ (``ViterbiDecoder/masked(_:)``), as decoding reads them.
    private let maskedTransitions: [Float]
    /// Entity names seen in the training data, with their types.
    public let trainingNames: [Gazetteer.Name]
    /// The shares of entity types of the training data's words.
    let lexicon: TokenLexicon
    /// Where the model comes from (data, epochs, seed), as written by its trainer.
    public let provenance: String

    /// Creates a model from its parts.
    init(weights: WeightTable, transitions: [Float], trainingNames: [Gazetteer.Name], lexicon: TokenLexicon, provenance: String) {
        precondition(transitions.count == (EntityTag.count + 1) * EntityTag.count, "one transition row per tag and start")
        self.weights = weights
        self.transitions = transitions
        maskedTransitions = ViterbiDecoder.masked(transitions)
        self.trainingNames = trainingNames
        self.lexicon = lexicon
        self.provenance = provenance
    }

    /// Number of features with a weight.
    public var featureCount: Int { weights.count }

    /// Each token's emission scores: the sum of its features' weights per tag (`tokenCount × EntityTag.count`,
    /// overwriting `scores`).
    func score(_ buffer: FeatureBuffer, into scores: inout [Float]) {
        let tags = EntityTag.count
        scores.resize(to: buffer.tokenCount * tags, filling: 0)
        let scale = weights.scale
        scores.withUnsafeMutableBufferPointer { scores in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: tags) { sums in
                for position in 0..<buffer.tokenCount {
                    sums.initialize(repeating: 0)
                    weights.accumulate(buffer.features(of: position), into: sums.baseAddress!)
                    for tag in 0..<tags { scores[position * tags + tag] = Float(sums[tag]) * scale }
                }
            }
        }
    }

    /// The entities of the best tag sequence of a sentence of `tokenCount` tokens whose emission scores are already
    /// in `scratch.scores` (``EmissionScorer``), each with the tagger's confidence in it (``confidence(margin:)`` of
    /// how much score the best sequence would lose by changing it).
    ///
    /// A mention changes when any of its tokens takes another tag, or when the token after it continues it; its
    /// margin is the best sequence's score minus the best score of a sequence doing either (max-marginals,
    /// ``ViterbiDecoder/maxMarginals(scores:masked:tokenCount:from:scratch:)``).
    func mentions(tokenCount: Int, scratch: inout DecoderScratch) -> [(mention: TokenMention, confidence: Double)] {
        let tagged = ViterbiDecoder.decode(scores: scratch.scores, masked: maskedTransitions, tokenCount: tokenCount,
                                           scratch: &scratch)
        let found = EntityTag.mentions(in: tagged)
        guard !found.isEmpty else { return [] }
        ViterbiDecoder.maxMarginals(scores: scratch.scores, masked: maskedTransitions, tokenCount: tagged.count,
                                    from: found[0].tokens.lowerBound, scratch: &scratch)
        let tags = EntityTag.count
        let marginals = scratch.maxMarginals
        return found.map { mention in
            let position = mention.tokens.lowerBound
            let best = marginals[position * tags + tagged[position].index]
            var rival = -Float.infinity
            for position in mention.tokens {
                for tag in 0..<tags where tag != tagged[position].index {
                    rival = max(rival, marginals[position * tags + tag])
                }
            }
            if mention.tokens.upperBound < tagged.count {
                rival = max(rival, marginals[mention.tokens.upperBound * tags + EntityTag.inside(mention.label).index])
            }
            return (mention, EntityModel.confidence(margin: Double(best - rival)))
        }
    }

    /// A mention's confidence from its score margin: `1 / (1 + exp(-(margin - offset) / scale))`, a logistic
    /// curve (Platt scaling) fitted to whether mentions were right: 2,652 PER/LOC/ORG mentions of four models
    /// trained with the built-in settings, each on ANERcorp's training file less a 10% block, tagging that block
    /// (`scripts/entity-calibration.py` refits it and prints the check below). On the development sentences (not used
    /// for the fit), the built-in model's mentions of confidence below 0.5 were right 45% of the time, 0.5–0.7: 63%,
    /// 0.7–0.8: 85%, 0.8–0.9: 87%, 0.9–0.95: 88%, above 0.95: 94%. For another model
    /// the value still orders mentions by margin, but is only as calibrated as its weights are alike in scale.
    static func confidence(margin: Double) -> Double {
        1 / (1 + exp(-(margin - Calibration.offset) / Calibration.scale))
    }

    /// Platt-scaling constants of ``confidence(margin:)``.
    enum Calibration {
        static let offset = 8.4
        static let scale = 21.9
    }

    /// The best tag sequence of a sentence whose features are in `buffer`.
    func tag(_ buffer: FeatureBuffer, scratch: inout DecoderScratch) -> [EntityTag] {
        score(buffer, into: &scratch.scores)
        return ViterbiDecoder.decode(scores: scratch.scores, masked: maskedTransitions, tokenCount: buffer.tokenCount,
                                     scratch: &scratch)
    }
}

/// Buffers the tagger reuses from sentence to sentence.
struct DecoderScratch {
    var scores: [Float] = []
    var best: [Float] = []
    var backPointers: [Int8] = []
    var maxMarginals: [Float] = []
    /// The decoded tags (``ViterbiDecoder/decode(scores:masked:tokenCount:scratch:)`` returns them).
    var tags: [EntityTag] = []
}
