import Foundation
import Logging
import SanadCore
import Testing
@testable import SanadStages

/// The word cache changes how fast words are scored, never their scores.
struct SentimentWordCacheTests {
    private static let text = """
        قالت الحكومة إن الهجوم الإرهابي أودى بحياة عشرة أشخاص. ورحبت الأطراف بالاتفاق الذي وصفته بأنه نجاح كبير. \
        وقالت الحكومة إن الاتفاق لا يعني نهاية الأزمة. وعقد الاجتماع يوم الأحد في العاصمة.
        """

    private func layer(of text: String, cache: inout WordCache) -> SentimentLayer {
        let document = SentimentFixtures.document(text)
        let scorer = SentimentFixtures.analyzer.scorer(for: document, language: .ar)
        return SentimentAggregation.layer(for: document, scorer: scorer, cache: &cache)
    }

    @Test func cachedScoresEqualUncachedScores() {
        var none = WordCache.none
        var stage = WordCache.stage()
        let uncached = layer(of: Self.text, cache: &none)
        #expect(layer(of: Self.text, cache: &stage) == uncached)
        // The second pass reads the words the first one cached.
        #expect(layer(of: Self.text, cache: &stage) == uncached)
    }

    @Test func aTinyCacheThatKeepsEvictingGivesTheSameScores() {
        var none = WordCache.none
        var tiny = WordCache(featureSlotBits: 1, startSlotBits: 1)
        let uncached = layer(of: Self.text, cache: &none)
        #expect(layer(of: Self.text, cache: &tiny) == uncached)
        #expect(layer(of: Self.text, cache: &tiny) == uncached)
    }

    @Test func aStageScoresADocumentAlikeBeforeAndAfterItsCacheWarmsUp() throws {
        let stage = SentimentStage(options: SentimentStage.Options(), analyzer: SentimentFixtures.analyzer)
        var context = StageContext(logger: Logger(label: "sentiment-cache-test"))
        var first = SentimentFixtures.document(Self.text)
        var second = first
        try stage.process(&first, context: &context)
        try stage.process(&second, context: &context)
        #expect(first.sentiment == second.sentiment)
        #expect(first.sentiment?.sentences.count == 4)
    }
}
