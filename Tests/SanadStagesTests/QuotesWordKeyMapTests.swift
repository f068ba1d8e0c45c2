import Testing

@testable import SanadStages

/// The word-key map behind the quotes lexicon lookups behaves as a dictionary.
struct QuotesWordKeyMapTests {
    private static let words = ["قال", "أكد", "وأضاف", "said", "according", "في", "من", "إلى", "أن", "بحسب"]

    @Test func everyInsertedKeyFindsItsValueAndOthersFindNothing() {
        var map = WordKeyMap<Int>()
        for (index, word) in Self.words.enumerated() { map.update(QuoteWordKey.key(Substring(word))) { _ in index } }
        for (index, word) in Self.words.enumerated() { #expect(map[QuoteWordKey.key(Substring(word))] == index) }
        #expect(map[QuoteWordKey.key("الوزير")] == nil)
        #expect(map[QuoteWordKey.key("")] == nil)
    }

    @Test func aThousandKeysGrowTheTableWithoutLosingAny() {
        let keys = (0..<1000).map { (number: Int) in QuoteWordKey.key(Substring("كلمة\(number)")) }
        var map = WordKeyMap<Int>()
        for (number, key) in keys.enumerated() { map.update(key) { _ in number } }
        var lost: [Int] = []
        for (number, key) in keys.enumerated() where map[key] != number { lost.append(number) }
        #expect(lost.isEmpty)
        #expect(map[QuoteWordKey.key("كلمة1000")] == nil)
    }

    @Test func anUpdateSeesTheCurrentValue() {
        var map = WordKeyMap<WordClass>()
        let key = QuoteWordKey.key("لكنه")
        map.update(key) { ($0 ?? []).union(.cueLink) }
        map.update(key) { ($0 ?? []).union(.pronounMasculine) }
        #expect(map[key] == [.cueLink, .pronounMasculine])
    }

    @Test func keysAreVisitedInOrderOfFirstInsertion() {
        var map = WordKeyMap<String>()
        for word in Self.words { map.update(QuoteWordKey.key(Substring(word))) { _ in word } }
        map.update(QuoteWordKey.key("قال")) { _ in "قال" }
        var visited: [String] = []
        map.forEach { key, word in
            #expect(key == QuoteWordKey.key(Substring(word)))
            visited.append(word)
        }
        #expect(visited == Self.words)
    }
}
