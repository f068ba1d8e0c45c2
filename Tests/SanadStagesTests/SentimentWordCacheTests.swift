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

    private func layer(of text: String, scratch: inout SentimentScratch) -> SentimentLayer {
        let document = SentimentFixtures.document(text)
        let scorer = SentimentFixtures.analyzer.scorer(for: document, language: .ar)
        return SentimentAggregation.layer(for: document, scorer: scorer, scratch: &scratch)
    }

    @Test func cachedScoresEqualUncachedScores() {
        var none = SentimentScratch(cache: .none)
        var stage = SentimentScratch(cache: .stage())
        let uncached = layer(of: Self.text, scratch: &none)
        #expect(layer(of: Self.text, scratch: &stage) == uncached)
        // The second pass reads the words the first one cached.
        #expect(layer(of: Self.text, scratch: &stage) == uncached)
    }

    @Test func aTinyCacheThatKeepsEvictingGivesTheSameScores() {
        var none = SentimentScratch(cache: .none)
        var tiny = SentimentScratch(cache: WordCache(slotBits: 1))
        let uncached = layer(of: Self.text, scratch: &none)
        #expect(layer(of: Self.text, scratch: &tiny) == uncached)
        #expect(layer(of: Self.text, scratch: &tiny) == uncached)
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
