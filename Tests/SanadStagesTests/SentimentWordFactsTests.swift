import Testing

@testable import SanadStages

/// A word's facts keep its feature sums and match starts exactly through their 16-byte packing.
struct SentimentWordFactsTests {
    @Test func sumsOfEitherSignAndTheirCountSurvivePacking() {
        let sums = FeatureSums(weights: SIMD4(-1_234_567, 7_654_321, -1, 0), count: 1_033)
        let facts = WordFacts(sums: sums, starts: [])
        #expect(facts.sums.weights == sums.weights)
        #expect(facts.sums.count == 1_033)
    }

    @Test func startsSurvivePackingBesideTheCount() {
        let sums = FeatureSums(weights: SIMD4(1, 2, 3, 0), count: 24)
        for starts in [WordFacts.Starts(), .lexicon, .modifier, [.lexicon, .modifier]] {
            let facts = WordFacts(sums: sums, starts: starts)
            #expect(facts.starts == starts)
            #expect(facts.sums.count == 24)
        }
    }

    @Test func aWordTheCacheKeepsHasTheFactsItWasComputedWith() {
        var cache = WordCache(slotBits: 4)
        let facts = WordFacts(sums: FeatureSums(weights: SIMD4(5, -6, 7, 0), count: 9), starts: .lexicon)
        #expect(cache.cachedFacts(forWord: 0xABCD_0000_1234, length: 4) == nil)
        _ = cache.facts(forWord: 0xABCD_0000_1234, length: 4) { facts }
        let cached = cache.cachedFacts(forWord: 0xABCD_0000_1234, length: 4)
        #expect(cached?.sums.weights == facts.sums.weights)
        #expect(cached?.starts == .lexicon)
    }
}
