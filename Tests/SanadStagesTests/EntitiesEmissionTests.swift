import Testing
import SanadCore
@testable import SanadStages

@Suite("entities: emission scores from per-word sums")
struct EntitiesEmissionTests {
    /// Sentences with names, triggers, nisbas, gazetteer entries, Latin words and one- and two-token sentences.
    static let text = """
        وقال الرئيس المصري عبد الفتاح السيسي في القاهرة إن وزارة الخارجية الأمريكية أكدت ذلك
        التقى الأمير محمد بن سلمان بالسيد أنطونيو غوتيريش الأمين العام للأمم المتحدة في نيويورك
        شركة Apple تعلن
        الرياض
        قال السيسي
        """

    /// The scores of every sentence of `document` computed feature by feature (the reference) and from the cache.
    static func scores(_ document: Document, scorer: EmissionScorer, features: EntityFeatures, model: EntityModel,
                       cache: inout EmissionCache) -> (reference: [[Float]], fast: [[Float]]) {
        let forms = TokenText(document).forms()
        let runs = EntityRecognizer.sentenceRuns(document)
        let context = DocumentContext(forms: forms, runs: runs)
        var buffer = FeatureBuffer()
        var reference: [[Float]] = [], fast: [[Float]] = []
        for run in runs {
            var scores: [Float] = []
            features.extract(forms[run], document: context, into: &buffer)
            model.score(buffer, into: &scores)
            reference.append(scores)
            scorer.score(forms[run], document: context, cache: &cache, into: &scores)
            fast.append(scores)
        }
        return (reference, fast)
    }

    @Test func cachedScoresEqualTheSumsOfEveryFeatureWeight() throws {
        let model = try EntitiesFixture.builtinModel
        var gazetteer = EntityRecognizer.builtinLists
        for name in model.trainingNames { gazetteer.add(name.text, label: name.label, source: .training) }
        let features = EntityFeatures(gazetteer: gazetteer, lexicon: model.lexicon)
        let scorer = EmissionScorer(features: features, weights: model.weights)
        var cache = EmissionCache()
        let (reference, fast) = EntitiesEmissionTests.scores(EntitiesFixture.document(EntitiesEmissionTests.text),
                                                             scorer: scorer, features: features, model: model,
                                                             cache: &cache)
        #expect(reference.count == 5)
        #expect(fast == reference)
    }

    @Test func aRowOfSumsAndFactsTakesTheFewestWholeCacheLines() {
        let lineLength = 64 / MemoryLayout<Int32>.size
        #expect(EmissionCache.rowStride % lineLength == 0)
        #expect(EmissionCache.factsSlot >= EmissionCache.stride)
        #expect(EmissionCache.factsSlot < EmissionCache.rowStride)
        #expect(EmissionCache.rowStride - (EmissionCache.factsSlot + 1) < lineLength)
    }

    @Test func tokensTwoAwayWithoutTriggerClassesAddNothing() throws {
        // What the scorer adds for a position outside the sentence: the templates give such a position no feature.
        let model = try EntitiesFixture.builtinModel
        let features = EntityFeatures(gazetteer: EntityRecognizer.builtinLists, lexicon: model.lexicon)
        let weights = TriggerNeighbourWeights(features: features, weights: model.weights)
        var total = TagVector<Int32>(repeating: 0)
        weights.add(twoBefore: 0, twoAfter: 0, to: &total)
        var values = [Int32](repeating: 1, count: EntityTag.count)
        values.withUnsafeMutableBufferPointer { total.store(to: $0.baseAddress!) }
        #expect(values == [Int32](repeating: 0, count: EntityTag.count))
    }

    @Test func aWarmCacheGivesTheScoresOfAColdOne() throws {
        let model = try EntitiesFixture.builtinModel
        let features = EntityFeatures(gazetteer: EntityRecognizer.builtinLists, lexicon: model.lexicon)
        let scorer = EmissionScorer(features: features, weights: model.weights)
        let document = EntitiesFixture.document(EntitiesEmissionTests.text)
        var warm = EmissionCache()
        let first = EntitiesEmissionTests.scores(document, scorer: scorer, features: features, model: model, cache: &warm)
        let again = EntitiesEmissionTests.scores(document, scorer: scorer, features: features, model: model, cache: &warm)
        #expect(again.fast == first.fast)
        #expect(again.fast == first.reference)
    }
}
