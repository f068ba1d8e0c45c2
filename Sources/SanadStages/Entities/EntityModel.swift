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
        scores.removeAll(keepingCapacity: true)
        scores.append(contentsOf: repeatElement(0, count: buffer.tokenCount * tags))
        let scale = weights.scale
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: tags) { sums in
            for position in 0..<buffer.tokenCount {
                sums.initialize(repeating: 0)
                weights.accumulate(buffer.features(of: position), into: sums.baseAddress!)
                for tag in 0..<tags { scores[position * tags + tag] = Float(sums[tag]) * scale }
            }
        }
    }

    /// The best tag sequence of a sentence whose features are in `buffer`.
    func tag(_ buffer: FeatureBuffer, scratch: inout DecoderScratch) -> [EntityTag] {
        score(buffer, into: &scratch.scores)
        return ViterbiDecoder.decode(scores: scratch.scores, transitions: transitions, tokenCount: buffer.tokenCount,
                                     scratch: &scratch)
    }
}

/// Buffers the tagger reuses from sentence to sentence.
struct DecoderScratch {
    var scores: [Float] = []
    var best: [Float] = []
    var backPointers: [Int8] = []
}
