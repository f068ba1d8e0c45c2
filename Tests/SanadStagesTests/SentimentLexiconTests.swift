import Testing
@testable import SanadStages

/// The Arabic lexicon matcher: what counts as a hit and how modifiers change it.
struct SentimentLexiconTests {
    private func weight(of word: String, in text: String) -> Double? {
        let analysis = SentimentFixtures.lexicon(text)
        let document = SentimentFixtures.document(text)
        return analysis.hits.first { document.text(of: .init(start: Int($0.start), end: Int($0.end))) == word }?.weight
    }

    @Test func aNegatorFlipsAndDampensAHitWithinItsScope() {
        #expect(weight(of: "نجاح", in: "حقق الاجتماع نجاح") == 0.7)
        let negated = weight(of: "نجاح", in: "لم يحقق الاجتماع أي نجاح")
        #expect(negated.map { abs($0 - 0.7 * -0.74) < 1e-9 } == true)
    }

    @Test func negationDoesNotReachPastFourWords() {
        #expect(weight(of: "نجاح", in: "لم يحضر الوزير الاجتماع الأول أمس نجاح") == 0.7)
    }

    @Test func negationStopsAtTheEndOfTheClause() {
        #expect(weight(of: "نجاح", in: "لم يحضر، نجاح") == 0.7)
    }

    @Test func fixedPhrasesLikeLaYazalAreNotNegators() {
        #expect(weight(of: "متوترا", in: "لا يزال الوضع متوترا") == -0.5)
    }

    @Test func anIntensifierAfterAHitStrengthensIt() {
        #expect(weight(of: "جميل", in: "هذا جميل جدا").map { abs($0 - 0.8 * 1.5) < 1e-9 } == true)
    }

    @Test func aDiminisherWeakensTheNearestHit() {
        #expect(weight(of: "سيء", in: "الوضع سيء قليلا").map { abs($0 - -0.8 * 0.5) < 1e-9 } == true)
    }

    @Test func contrastHalvesWhatPrecedesAndStrengthensWhatFollows() {
        let analysis = SentimentFixtures.lexicon("المفاوضات ناجحة لكن الوضع خطير")
        #expect(analysis.hits.map(\.weight) == [0.7 * 0.5, -0.6 * 1.5])
        #expect(analysis.hits.allSatisfy { $0.modifiers.count == 1 })
    }

    @Test func procliticsAndSuffixesAreStrippedWhenTheFullFormIsAbsent() {
        let document = SentimentFixtures.document("والإرهابيين وبالاتفاق فوزا")
        let analysis = SentimentFixtures.lexicon(document.text)
        #expect(analysis.hits.map { document.text(of: .init(start: Int($0.start), end: Int($0.end))) }
            == ["والإرهابيين", "وبالاتفاق", "فوزا"])
        #expect(analysis.hits.map(\.base) == [-0.9, 0.5, 0.7])
    }

    @Test func shortWordsAreNotCutDownToALexiconEntry() {
        // "حرب" (war) must not be found inside "بحر" (sea) + clitics, nor "سلام" inside "إسلام".
        #expect(SentimentFixtures.lexicon("البحر الإسلام").hits.isEmpty)
    }

    @Test func spellingVariantsAndTashkeelMatchTheSameEntry() {
        let analysis = SentimentFixtures.lexicon("الإرْهَاب الارهاب الإرهـــاب")
        #expect(analysis.hits.count == 3)
        #expect(Set(analysis.hits.map(\.base)) == [-0.9])
    }

    @Test func theLongestPhraseWins() {
        let analysis = SentimentFixtures.lexicon("أعلن وقف إطلاق النار")
        #expect(analysis.hits.map(\.base) == [0.5])
    }

    @Test func leavingOutASourceDropsOnlyItsTerms() throws {
        let resources = SentimentFixtures.resources.withoutLexiconSource("arsarcasm-induced")
        let matcher = try ArabicLexiconMatcher(resources: resources)
        func weights(_ text: String) -> [Double] {
            let scanned = SentimentScanner.scan(text)
            return matcher.analyze(scanned, tokens: 0..<scanned.tokens.count).hits.map(\.weight)
        }
        #expect(SentimentFixtures.lexicon("أجمل يوم").hits.map(\.weight) == [0.8])
        #expect(weights("أجمل يوم").isEmpty)
        #expect(weights("حقق الاجتماع نجاح") == [0.7])
    }
}
