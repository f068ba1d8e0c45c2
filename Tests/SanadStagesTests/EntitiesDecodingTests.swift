import Testing
import SanadCore
@testable import SanadStages

@Suite("entities: tags, decoding and training")
struct EntitiesDecodingTests {
    @Test func tagsReadLikeTheProjectScorer() {
        let tags = ["B-PERS", "I-PERS", "I-LOC", "O", "I-ORG", "B-MISC", "B-MISC"].map { EntityTag(conll: Substring($0)) }
        #expect(EntityTag.mentions(in: tags) == [
            TokenMention(tokens: 0..<2, label: .person), TokenMention(tokens: 2..<3, label: .location),
            TokenMention(tokens: 4..<5, label: .organization), TokenMention(tokens: 5..<6, label: .misc),
            TokenMention(tokens: 6..<7, label: .misc),
        ])
    }

    @Test func tagCountIsOutsidePlusBeginAndInsideOfEveryLabel() {
        #expect(EntityTag.count == 1 + 2 * Entity.Label.allCases.count)
        #expect(EntityTag.all.last == .inside(Entity.Label.allCases.last!))
    }

    @Test func typeNamesMapLikeTheScorer() {
        #expect(EntityTag(conll: "B-PERSON") == .begin(.person))
        #expect(EntityTag(conll: "I-GPE") == .inside(.location))
        #expect(EntityTag(conll: "B-ORGANIZATION") == .begin(.organization))
        #expect(EntityTag(conll: "B-EVENT") == .begin(.misc))
        #expect(EntityTag(conll: "O") == .outside)
    }

    @Test func viterbiNeverStartsAnEntityWithAnInsideTag() {
        let tags = EntityTag.count
        var scores = [Float](repeating: 0, count: 2 * tags)
        scores[EntityTag.inside(.person).index] = 5
        scores[tags + EntityTag.inside(.person).index] = 5
        scores[EntityTag.begin(.person).index] = 1
        var scratch = DecoderScratch()
        let decoded = ViterbiDecoder.decode(
            scores: scores, transitions: [Float](repeating: 0, count: (tags + 1) * tags), tokenCount: 2, scratch: &scratch)
        #expect(decoded == [.begin(.person), .inside(.person)])
    }

    @Test func viterbiFollowsTransitionWeights() {
        let tags = EntityTag.count
        var scores = [Float](repeating: 0, count: 2 * tags)
        scores[EntityTag.begin(.location).index] = 2
        scores[tags + EntityTag.outside.index] = 1
        scores[tags + EntityTag.inside(.location).index] = 0.5
        var transitions = [Float](repeating: 0, count: (tags + 1) * tags)
        transitions[(EntityTag.begin(.location).index + 1) * tags + EntityTag.inside(.location).index] = 1
        var scratch = DecoderScratch()
        let decoded = ViterbiDecoder.decode(scores: scores, transitions: transitions, tokenCount: 2, scratch: &scratch)
        #expect(decoded == [.begin(.location), .inside(.location)])
    }

    /// Viterbi by the book, one tag and one previous tag at a time, a later previous tag taken only when strictly
    /// better: the reference the decoder must match bit for bit.
    static func scanDecode(scores: [Float], masked: [Float], tokenCount: Int) -> [EntityTag] {
        let tags = EntityTag.count
        var best = (0..<tags).map { scores[$0] + masked[$0] }
        var backPointers: [[Int]] = []
        for position in 1..<tokenCount {
            var next = [Float](repeating: 0, count: tags), pointers = [Int](repeating: 0, count: tags)
            for tag in 0..<tags {
                var bestScore = -Float.infinity
                for previous in 0..<tags where masked[(previous + 1) * tags + tag] + best[previous] > bestScore {
                    bestScore = masked[(previous + 1) * tags + tag] + best[previous]
                    pointers[tag] = previous
                }
                next[tag] = bestScore + scores[position * tags + tag]
            }
            best = next
            backPointers.append(pointers)
        }
        var tag = (1..<tags).reduce(0) { best[$1] > best[$0] ? $1 : $0 }
        var result = [EntityTag.all[tag]]
        for pointers in backPointers.reversed() {
            tag = pointers[tag]
            result.insert(EntityTag.all[tag], at: 0)
        }
        return result
    }

    @Test func viterbiBreaksTiesLikeAScanInOrder() {
        let tags = EntityTag.count
        var generator = SplitMix64(seed: 11)
        // Few distinct values, so that many paths tie.
        func value() -> Float { Float(generator.next() % 3) }
        for tokenCount in [1, 2, 5, 12] {
            for _ in 0..<20 {
                let scores = (0..<(tokenCount * tags)).map { _ in value() }
                let masked = ViterbiDecoder.masked((0..<((tags + 1) * tags)).map { _ in value() })
                var scratch = DecoderScratch()
                let decoded = ViterbiDecoder.decode(scores: scores, masked: masked, tokenCount: tokenCount,
                                                    scratch: &scratch)
                #expect(decoded == EntitiesDecodingTests.scanDecode(scores: scores, masked: masked,
                                                                    tokenCount: tokenCount))
            }
        }
    }

    @Test func maxMarginalsPeakAtTheDecodedTagsWithTheBestScore() {
        let tags = EntityTag.count
        var scores = [Float](repeating: 0, count: 3 * tags)
        scores[EntityTag.begin(.person).index] = 3
        scores[tags + EntityTag.inside(.person).index] = 2
        scores[tags + EntityTag.outside.index] = 1.5
        scores[2 * tags + EntityTag.outside.index] = 1
        let transitions = [Float](repeating: 0, count: (tags + 1) * tags)
        var scratch = DecoderScratch()
        let decoded = ViterbiDecoder.decode(scores: scores, transitions: transitions, tokenCount: 3, scratch: &scratch)
        ViterbiDecoder.maxMarginals(scores: scores, masked: ViterbiDecoder.masked(transitions), tokenCount: 3,
                                    scratch: &scratch)
        #expect(decoded == [.begin(.person), .inside(.person), .outside])
        for position in 0..<3 {
            let row = scratch.maxMarginals[(position * tags)..<((position + 1) * tags)]
            #expect(row.max() == 6)
            #expect(row[position * tags + decoded[position].index] == 6)
        }
        #expect(scratch.maxMarginals[tags + EntityTag.outside.index] == 5.5)
    }

    @Test func maxMarginalsFromAPositionOnAreThoseOfTheWholeSentence() {
        let tags = EntityTag.count
        var generator = SplitMix64(seed: 5)
        let tokenCount = 7
        let scores = (0..<(tokenCount * tags)).map { _ in Float(generator.next() % 100) / 10 }
        let masked = ViterbiDecoder.masked((0..<((tags + 1) * tags)).map { _ in Float(generator.next() % 100) / 10 })
        var scratch = DecoderScratch()
        _ = ViterbiDecoder.decode(scores: scores, masked: masked, tokenCount: tokenCount, scratch: &scratch)
        ViterbiDecoder.maxMarginals(scores: scores, masked: masked, tokenCount: tokenCount, scratch: &scratch)
        let whole = scratch.maxMarginals
        for first in 0..<tokenCount {
            ViterbiDecoder.maxMarginals(scores: scores, masked: masked, tokenCount: tokenCount, from: first,
                                        scratch: &scratch)
            #expect(scratch.maxMarginals[(first * tags)...] == whole[(first * tags)...])
        }
    }

    @Test func confidenceRisesWithTheMarginAndStaysInsideZeroAndOne() {
        let margins = [-5.0, 0, 2, 5, 20, 60]
        let confidences = margins.map(EntityModel.confidence(margin:))
        #expect(confidences == confidences.sorted())
        #expect(Set(confidences).count == margins.count)
        #expect(confidences.allSatisfy { $0 > 0 && $0 < 1 })
    }

    @Test func aTrainedModelTagsUnseenNamesInLearnedContexts() {
        var lines: [String] = []
        let people = ["سامر", "كريمو", "فيلان", "دوران", "ماركو", "نيكو", "زيدان", "رامون"]
        let places = ["أسوان", "بنها", "طنطا", "دمياط", "المنيا", "سوهاج", "قنا", "الفيوم"]
        for (person, place) in zip(people, places) {
            lines += ["وقال O", "السيد O", "\(person) B-PERS", "إنه O", "زار O", "مدينة O", "\(place) B-LOC", ". O", ""]
        }
        var configuration = PerceptronTrainer.Configuration()
        configuration.members = 1
        configuration.folds = 1
        configuration.pruneBelow = 0
        let model = PerceptronTrainer.train(EntitiesFixture.sentences(lines.joined(separator: "\n")),
                                            configuration: configuration, lists: Gazetteer())
        let recognizer = EntityRecognizer(model: model, lists: Gazetteer())
        let tags = recognizer.tags(["وقال", "السيد", "غوتيريش", "إنه", "زار", "مدينة", "الأقصر", "."])
        #expect(tags == [.outside, .outside, .begin(.person), .outside, .outside, .outside, .begin(.location), .outside])
    }

    @Test func zeroEpochsStillTrainOnePass() {
        var configuration = PerceptronTrainer.Configuration()
        configuration.epochs = 0
        configuration.members = 1
        var reports = 0
        _ = PerceptronTrainer.train(EntitiesFixture.sentences("زار O\nكيري B-PERS\n"), configuration: configuration,
                                    lists: Gazetteer()) { _ in reports += 1 }
        #expect(reports == 1)
    }

    @Test func trainingIsReproducible() {
        let sentences = EntitiesFixture.sentences("""
            زار O
            كيري B-PERS
            القاهرة B-LOC

            وقالت O
            منظمة B-ORG
            الصحة I-ORG
            العالمية I-ORG
            """)
        var configuration = PerceptronTrainer.Configuration()
        configuration.members = 2
        configuration.folds = 2
        let first = PerceptronTrainer.train(sentences, configuration: configuration, lists: Gazetteer())
        let second = PerceptronTrainer.train(sentences, configuration: configuration, lists: Gazetteer())
        #expect(first.serialized() == second.serialized())
    }
}
