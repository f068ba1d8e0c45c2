import SanadCore

/// Role phrases (`رئيس وزراء لبنان`, `الرئيس المصري`, `وزير الخارجية`) and the people they stand for.
///
/// A role phrase starts with a title or role word (``TriggerWords/Kind/title``, ``TriggerWords/Kind/role``) and
/// runs right over words with the article (`الوزراء`), one bare noun after a bare head (`وزراء` in
/// `رئيس وزراء`), nisba adjectives and place names, at most ``maximumLength`` words. When a person's name follows
/// it, the phrase introduces that person; elsewhere it refers back to the one person introduced with the same role
/// words and a compatible country (`لبنان` ~ `اللبناني`), if there is exactly one.
struct RolePhrases {
    /// Longest role phrase, in tokens.
    static let maximumLength = 5

    /// A role phrase found in the text.
    struct Phrase {
        /// Token positions.
        var tokens: Range<Int>
        /// Its role words (not its country words): `[رئيس, وزراء]`.
        var words: [TokenForm]
        /// Keys of the country it names (by name or nisba), empty when it names none.
        var countries: Set<UInt64>
        /// The mention right after it, when it introduces a person.
        var introduces: Int?
    }

    /// The role phrases of a document and, for each, the mention it stands for (introduced or referred to).
    ///
    /// `mentions` are token ranges with types, in text order; `word` gives a token's normalized letters
    /// (``ArabicWordForm``), asked only for the tokens of candidate phrases.
    static func resolve(
        forms: [TokenForm], word: (Int) -> [UInt32], mentions: [(tokens: Range<Int>, label: Entity.Label)]
    ) -> [(phrase: Phrase, mention: Int)] {
        var mentionAt = [Int?](repeating: nil, count: forms.count)
        for (index, mention) in mentions.enumerated() { for position in mention.tokens { mentionAt[position] = index } }
        let phrases = find(forms: forms, word: word, mentions: mentions, mentionAt: mentionAt)
        let introductions = phrases.compactMap { phrase in phrase.introduces.map { (phrase, $0) } }
        return phrases.compactMap { phrase in
            if let introduced = phrase.introduces { return (phrase, introduced) }
            let sameWords = introductions.filter { sameRole($0.0.words, phrase.words) }
            let sameCountry = sameWords.filter { intro in
                phrase.countries.isEmpty || intro.0.countries.isEmpty || !intro.0.countries.isDisjoint(with: phrase.countries)
            }
            let strict = sameCountry.filter { !phrase.countries.isEmpty && !$0.0.countries.isDisjoint(with: phrase.countries) }
            for candidates in [strict, sameCountry] where !candidates.isEmpty {
                let people = Set(candidates.map(\.1))
                return people.count == 1 ? (phrase, people.first!) : nil
            }
            return nil
        }
    }

    /// Every role phrase of the document: from each title or role word outside a name, rightwards.
    private static func find(
        forms: [TokenForm], word: (Int) -> [UInt32], mentions: [(tokens: Range<Int>, label: Entity.Label)],
        mentionAt: [Int?]
    ) -> [Phrase] {
        let roleKinds = TriggerWords.Kind.title.bit | TriggerWords.Kind.role.bit
        var phrases: [Phrase] = []
        var position = 0
        while position < forms.count {
            defer { position += 1 }
            guard mentionAt[position] == nil, forms[position].triggers & roleKinds != 0 else { continue }
            var phrase = Phrase(tokens: position..<(position + 1), words: [forms[position]], countries: [])
            var bareHead = !hasArticle(word(position))
            var next = position + 1
            while next < forms.count, next - position < maximumLength {
                if let mention = mentionAt[next] {
                    let name = mentions[mention]
                    if name.label == .person {
                        if name.tokens.lowerBound == next { phrase.introduces = mention }
                        break
                    }
                    guard name.label == .location, name.tokens.lowerBound == next else { break }
                    phrase.countries.formUnion(countryKeys(name: name.tokens.map(word)))
                    next = name.tokens.upperBound
                    bareHead = false
                    continue
                }
                guard forms[next].shape == .arabic, forms[next].triggers & TriggerWords.Kind.speechVerb.bit == 0
                else { break }
                // The word's letters are normalized only when read: not for a word that ends the phrase by its form,
                // nor for one after a bare head, which joins it anyway.
                if forms[next].isNisba {
                    phrase.countries.formUnion(nisbaKeys(word(next)))
                } else if bareHead || hasArticle(word(next)) {
                    phrase.words.append(forms[next])
                } else {
                    break
                }
                bareHead = false
                next += 1
            }
            phrase.tokens = position..<next
            phrases.append(phrase)
            position = next - 1
        }
        return phrases
    }

    /// Whether two phrases have the same role words, clitics and article aside (`رئيس وزراء`, `رئيس الوزراء`).
    private static func sameRole(_ a: [TokenForm], _ b: [TokenForm]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { MentionLinker.sameWord($0, $1) }
    }

    /// Whether a normalized word starts with the article (after no proclitic, or after و/ف/ب/ل/ك).
    private static func hasArticle(_ word: [UInt32]) -> Bool {
        let splits = ArabicWordForm.procliticSplits(word)
        let last = splits.longest
        return last >= 2 && word[last - 1] == 0x0644 && (word[last - 2] == 0x0627 || word[last - 2] == 0x0644)
    }

    /// Keys of a place name for matching with nisba adjectives: the name without the article, and without a
    /// final ا / يا / ه / يه (`سوريا`, `سوريه` → `سور`; `المانيا` → `المان`, `مان`).
    static func countryKeys(name words: [[UInt32]]) -> Set<UInt64> {
        var joined: [UInt32] = []
        for (index, word) in words.enumerated() {
            if index > 0 { joined.append(0x20) }
            joined += word
        }
        var keys = Set<UInt64>()
        for base in withoutArticle(joined) {
            keys.insert(FeatureHash.of(base))
            for ending: [UInt32] in [[0x064A, 0x0627], [0x0627], [0x064A, 0x0647], [0x0647]] where base.count > ending.count + 1
                && Array(base.suffix(ending.count)) == ending
            {
                keys.insert(FeatureHash.of(base.dropLast(ending.count)))
            }
        }
        return keys
    }

    /// Keys of a nisba adjective, comparable with ``countryKeys(name:)``: `اللبناني` → `لبنان`, `السعودية` → `سعود`.
    static func nisbaKeys(_ word: [UInt32]) -> Set<UInt64> {
        var stem = Array(word[ArabicWordForm.procliticSplits(word).longest...])
        if stem.last == 0x0647 { stem.removeLast() }
        if stem.last == 0x064A { stem.removeLast() }
        return Set(withoutArticle(stem).map { FeatureHash.of($0) })
    }

    /// The word as is and, when it starts with `ال`, without it.
    private static func withoutArticle(_ word: [UInt32]) -> [[UInt32]] {
        guard word.count > 3, word[0] == 0x0627, word[1] == 0x0644 else { return [word] }
        return [word, Array(word.dropFirst(2))]
    }
}
