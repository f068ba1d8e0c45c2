import Foundation
import SanadCore

/// Trains an ``EntityModel``: an averaged structured perceptron over Viterbi-decoded tag sequences (Collins 2002).
///
/// Why a perceptron rather than a linear-chain CRF: with the same features and first-order Viterbi decoding, the
/// averaged perceptron reaches CRF-level accuracy on named entities, and it trains in a few passes of decoding
/// and additive updates, with no gradient, no regularization constant to tune and no probability normalization:
/// training on ANERcorp takes seconds and is exactly reproducible from a seed. Decoding cost is identical.
///
/// Names seen in training feed a gazetteer feature. Training on features computed with the same names would teach
/// the model that the feature is always right; so, as in jackknife training, the sentences of each of
/// ``Configuration/folds`` contiguous blocks see only the names of the other blocks. The shipped model keeps
/// the names of all of the data.
public enum PerceptronTrainer {
    /// Training settings; the defaults produce the shipped model.
    public struct Configuration: Sendable, Hashable {
        /// Passes over the training data.
        public var epochs = 12
        /// Seed of the sentence shuffle before each pass.
        public var seed: UInt64 = 1
        /// Number of blocks for jackknifed training-name features.
        public var folds = 5
        /// Averaged weights smaller than this in magnitude are dropped from the model.
        public var pruneBelow: Float = 0.01

        /// The default settings.
        public init() {}
    }

    /// What one pass over the training data achieved, reported after each pass.
    public struct EpochReport: Sendable {
        /// The pass, from 1.
        public var epoch: Int
        /// Share of training tokens whose tag the model got wrong during the pass (before its update).
        public var trainingErrorRate: Double
        /// Scores of the averaged model on the development sentences, when some were given.
        public var development: EntityScores?
        /// Seconds since training started.
        public var elapsed: Double
    }

    /// Trains a model on `sentences`, reporting each pass (with scores on `development`, when not empty) to
    /// `progress`. `gazetteer` holds the lists the model's gazetteer features read besides its training names
    /// (the built-in lists by default).
    public static func train(
        _ sentences: [TaggedSentence], development: [TaggedSentence] = [],
        configuration: Configuration = Configuration(), lists: Gazetteer = EntityRecognizer.builtinLists,
        provenance: String = "", progress: (EpochReport) -> Void = { _ in }
    ) -> EntityModel {
        let start = Date()
        let tags = EntityTag.count
        let trainingNames = names(in: sentences)
        let lexicon = TokenLexicon(sentences: sentences)
        let folds = max(1, configuration.folds)
        var features = HashIndex(capacity: 1 << 20)
        var rows: [[Int32]] = []
        var starts: [[Int]] = []
        var gold: [[EntityTag]] = []
        var analyzer = TokenFormAnalyzer()
        var buffer = FeatureBuffer()
        for fold in 0..<folds {
            let range = (sentences.count * fold / folds)..<(sentences.count * (fold + 1) / folds)
            var gazetteer = lists
            let others = folds == 1 ? sentences : Array(sentences[..<range.lowerBound] + sentences[range.upperBound...])
            for name in names(in: others) { gazetteer.add(name.text, label: name.label, source: .training) }
            let extractor = EntityFeatures(gazetteer: gazetteer, lexicon: TokenLexicon(sentences: others))
            for sentence in sentences[range] {
                let forms = sentence.tokens.map { analyzer.analyze($0.unicodeScalars) }
                extractor.extract(forms, into: &buffer)
                rows.append(buffer.keys.map { Int32(features.insert($0)) })
                var tokenStarts = (0..<buffer.tokenCount).map { buffer.features(of: $0).startIndex }
                tokenStarts.append(buffer.keys.count)
                starts.append(tokenStarts)
                gold.append(sentence.tags)
            }
        }

        var weights = [Float](repeating: 0, count: features.count * tags)
        var weightedUpdates = [Double](repeating: 0, count: features.count * tags)
        var transitions = [Float](repeating: 0, count: (tags + 1) * tags)
        var weightedTransitionUpdates = [Double](repeating: 0, count: (tags + 1) * tags)
        var step = 1.0
        var random = SplitMix64(seed: configuration.seed)
        var order = Array(sentences.indices)
        var scratch = DecoderScratch()
        var scores: [Float] = []
        let tokenCount = sentences.reduce(0) { $0 + $1.tokens.count }
        var model: EntityModel?
        for epoch in 1...max(1, configuration.epochs) {
            order.shuffle(using: &random)
            var errors = 0
            for index in order {
                let sentenceRows = rows[index], tokenStarts = starts[index], goldTags = gold[index]
                let length = goldTags.count
                scores.removeAll(keepingCapacity: true)
                scores.append(contentsOf: repeatElement(0, count: length * tags))
                for position in 0..<length {
                    for feature in sentenceRows[tokenStarts[position]..<tokenStarts[position + 1]] {
                        let offset = Int(feature) * tags
                        for tag in 0..<tags { scores[position * tags + tag] += weights[offset + tag] }
                    }
                }
                let predicted = ViterbiDecoder.decode(scores: scores, transitions: transitions, tokenCount: length,
                                                      scratch: &scratch)
                if predicted != goldTags {
                    func update(_ tag: EntityTag, previous: EntityTag?, position: Int, by delta: Float) {
                        for feature in sentenceRows[tokenStarts[position]..<tokenStarts[position + 1]] {
                            let slot = Int(feature) * tags + tag.index
                            weights[slot] += delta
                            weightedUpdates[slot] += step * Double(delta)
                        }
                        let slot = ((previous?.index ?? -1) + 1) * tags + tag.index
                        transitions[slot] += delta
                        weightedTransitionUpdates[slot] += step * Double(delta)
                    }
                    for position in 0..<length {
                        let previousGold = position > 0 ? goldTags[position - 1] : nil
                        let previousPredicted = position > 0 ? predicted[position - 1] : nil
                        guard goldTags[position] != predicted[position] || previousGold != previousPredicted else {
                            continue
                        }
                        if goldTags[position] != predicted[position] { errors += 1 }
                        update(goldTags[position], previous: previousGold, position: position, by: 1)
                        update(predicted[position], previous: previousPredicted, position: position, by: -1)
                    }
                }
                step += 1
            }
            let averaged = average(weights, weightedUpdates, step: step)
            let averagedTransitions = average(transitions, weightedTransitionUpdates, step: step)
            let trained = prune(features: features.keys, weights: averaged, transitions: averagedTransitions,
                                below: configuration.pruneBelow, trainingNames: trainingNames, lexicon: lexicon,
                                provenance: provenance)
            model = trained
            let development = development.isEmpty
                ? nil : EntityEvaluation.evaluate(EntityRecognizer(model: trained, lists: lists), on: development)
            progress(EpochReport(epoch: epoch, trainingErrorRate: Double(errors) / Double(max(1, tokenCount)),
                                 development: development, elapsed: Date().timeIntervalSince(start)))
        }
        return model!
    }

    /// The distinct entity names of `sentences`, with every type each was tagged with.
    static func names(in sentences: [TaggedSentence]) -> [Gazetteer.Name] {
        var seen = Set<Gazetteer.Name>()
        var result: [Gazetteer.Name] = []
        for sentence in sentences {
            for mention in sentence.mentions {
                let name = Gazetteer.Name(text: sentence.tokens[mention.tokens].joined(separator: " "),
                                          label: mention.label, source: .training)
                if seen.insert(name).inserted { result.append(name) }
            }
        }
        return result
    }

    /// The averaged weights `w - u / c` of the averaged perceptron.
    private static func average(_ weights: [Float], _ weightedUpdates: [Double], step: Double) -> [Float] {
        zip(weights, weightedUpdates).map { Float(Double($0) - $1 / step) }
    }

    /// A model of the features that keep a weight of magnitude at least `below` for some tag, weights under it zeroed.
    private static func prune(
        features: [UInt64], weights: [Float], transitions: [Float], below threshold: Float,
        trainingNames: [Gazetteer.Name], lexicon: TokenLexicon, provenance: String
    ) -> EntityModel {
        let tags = EntityTag.count
        var kept = HashIndex(capacity: features.count / 2)
        var keptWeights: [Float] = []
        for (row, key) in features.enumerated() {
            let values = weights[(row * tags)..<((row + 1) * tags)].map { abs($0) < threshold ? 0 : $0 }
            guard values.contains(where: { $0 != 0 }) else { continue }
            _ = kept.insert(key)
            keptWeights.append(contentsOf: values)
        }
        return EntityModel(features: kept, weights: keptWeights, transitions: transitions, trainingNames: trainingNames,
                           lexicon: lexicon, provenance: provenance)
    }
}
