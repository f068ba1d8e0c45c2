/// Finds the proclitics at the start of an Arabic word: a conjunction (و ف), then either the future particle س
/// before a verb (`وسيكون`) or a preposition (ب ل ك) and the article (ال, or its ل alone after the preposition ل:
/// `للسلطة` = ل + ال + سلطة).
///
/// The analysis is conservative, because a false split hurts more than a missed one (`وزير` is not و + زير): a
/// letter is taken as a proclitic only with evidence, checked in this order:
/// 1. hand lists: function words that are never split (`كان`, `بين`, `الذي`), compound prepositions that always are
///    (`بشأن`), stems whose first letter belongs to the word (`وزير`, `فرنسا`, `بريطانيا`, `لبنان`), with any
///    inflection tail;
/// 2. the article after the letter (`والقاهرة`, `بالنسبة`; with a two-letter stem only when the corpus has the word
///    with the article, so `والتر` stays whole), or ل before ل (`للسلطة`), or ب/ل before a pronoun (`به`), or و/ب/ل
///    before an alef with hamza (`وإلى`, `لأوباما`, `بأن`: hardly a stem starts so, `بأس` is listed as a whole word);
/// 3. corpus counts (ANERcorp, see ``CliticLexicon``): the rest of the word must be attested as a word, and not much
///    rarer than the whole word (`لفرنسا` splits: `فرنسا` is frequent; `بركان` does not: `ركان` is unattested).
///    و, the commonest proclitic, also splits words the corpus has never seen; ك only splits words the corpus has
///    not seen whole (`كرئيس`, not `كبير`); ف only splits before a short list of particles (`فإن`, `فقد`, `فهو`);
/// 4. for ب and ل before an unattested word: the shape of a derived verbal noun (`لاستكشاف`, `باختصار`).
///
/// Every stem keeps at least two letters, except a pronoun after ب or ل (`له` = ل + ه). The thresholds were set on
/// UD Arabic-PUD (see `SegmentEvaluationTests`), so its scores are optimistic for other text.
struct CliticAnalyzer: Sendable {
    /// Corpus counts and hand lists.
    let table: FoldedWordTable
    /// The words of ``table`` that are in a hand list, which the tests on hand lists read: a thousand words in a
    /// few kilobytes that stay in the processor's fast caches, where the lookups in ``table`` mostly miss them.
    let lists: FoldedWordTable

    /// The analysis with the counts and hand lists of `table`.
    init(table: FoldedWordTable) {
        self.init(table: table, lists: table.subset(filterSize: 14) { !$0.flags.isEmpty })
    }

    /// The analysis with `table`, whose hand-list words (flags) are those of `lists`.
    private init(table: FoldedWordTable, lists: FoldedWordTable) {
        self.table = table
        self.lists = lists
    }

    /// The analysis with `table`, which has the same words and hand lists as this analysis's table (its
    /// proclitics recorded, say): the hand-list table is kept, not made again.
    func with(table: FoldedWordTable) -> CliticAnalyzer { CliticAnalyzer(table: table, lists: lists) }

    /// How many of the `length` folded letters at `word` are proclitics; bit `k` of `hamza` is set when letter `k`
    /// was an alef with hamza or madda in the original text (which never starts the article).
    ///
    /// A word of the table analysed in advance (see ``FoldedWordTable/recordProclitics(_:)``) is looked up, unless
    /// one of the letters whose hamza the analysis reads had one. A word starting with alef is analysed instead: its
    /// only possible proclitic is the article, decided from the hand lists alone (``lists``), which is quicker than
    /// looking it up in the big table.
    @inline(__always)
    func prefixLetters(_ word: UnsafePointer<UInt16>, _ length: Int, hamza: UInt64) -> Int {
        if length > 0 && word[0] == ArabicFolding.alef { return analyze(word, length, hamza: hamza) }
        if hamza & Self.hamzaBitsRead(word, length) == 0, let known = table.lookup(word, length)?.proclitics {
            return Int(known)
        }
        return analyze(word, length, hamza: hamza)
    }

    /// ``prefixLetters(_:_:hamza:)`` worked out from the lexicon's counts and lists.
    func analyze(_ word: UnsafePointer<UInt16>, _ length: Int, hamza: UInt64) -> Int {
        guard length >= 3 else {
            let takesPronoun = length == 2 && (word[0] == ArabicFolding.beh || word[0] == ArabicFolding.lam)
            return takesPronoun && isClitic(word, length, at: 0, hamza: hamza) ? 1 : 0
        }
        var position = 0
        if word[0] == ArabicFolding.waw || word[0] == ArabicFolding.feh,
            isClitic(word, length, at: 0, hamza: hamza)
        {
            position = 1
        }
        if word[position] == ArabicFolding.seen
            && isFuture(word + position, length - position, hamza: hamza >> UInt64(position))
        {
            return position + 1
        }
        var preposition: UInt16 = 0
        let letter = word[position]
        if letter == ArabicFolding.beh || letter == ArabicFolding.lam || letter == ArabicFolding.kaf,
            isClitic(word, length, at: position, hamza: hamza)
        {
            preposition = letter
            position += 1
        }
        if isArticle(word + position, length - position, hamza: hamza >> UInt64(position)) {
            position += 2
        } else if preposition == ArabicFolding.lam && word[position] == ArabicFolding.lam
            && isAssimilatedArticle(word + position, length - position)
        {
            position += 1
        }
        return position
    }

    /// Whether letter `index` of the word (و ف ب ل ك) is a proclitic.
    private func isClitic(_ word: UnsafePointer<UInt16>, _ length: Int, at index: Int, hamza: UInt64) -> Bool {
        let letter = word[index]
        let whole = word + index
        let wholeLength = length - index
        let rest = whole + 1
        let restLength = wholeLength - 1
        let entry = table.lookup(whole, wholeLength)
        if entry?.flags.contains(.split) == true { return true }
        if entry?.flags.contains(.whole) == true || restLength < 1 { return false }
        let takesPronoun = letter == ArabicFolding.beh || letter == ArabicFolding.lam
        if takesPronoun && lists.contains(rest, restLength, .pronoun) { return true }
        if restLength < 2 { return false }
        let restHamza = hamza >> UInt64(index + 1)
        if restHamza & 1 != 0 && (takesPronoun || letter == ArabicFolding.waw) { return true }
        if isStem(whole, wholeLength) { return false }
        if restLength == 2 && rest[0] == ArabicFolding.alef && rest[1] == ArabicFolding.lam { return false }
        if isArticle(rest, restLength, hamza: restHamza) {
            if restLength == 4 && table.count(rest, restLength) == 0 { return false }
            let stemCount = attestation(rest + 2, restLength - 2)
            if letter == ArabicFolding.feh || letter == ArabicFolding.kaf { return stemCount > 0 }
            return restLength >= 5 || stemCount > 0
        }
        if letter == ArabicFolding.lam && rest[0] == ArabicFolding.lam && restLength >= 3 { return true }
        if letter == ArabicFolding.feh { return lists.contains(rest, restLength, .afterFa) }
        let restCount = attestation(rest, restLength)
        let wholeCount = Int(entry?.count ?? 0)
        switch letter {
        case ArabicFolding.waw:
            return wholeCount == 0 || (restCount > 0 && restCount * Self.wawRatio >= wholeCount)
        case ArabicFolding.kaf:
            return restCount > 0 && wholeCount == 0 && restLength >= 3
        default:
            return (restCount > 0 && restCount * Self.restRatio >= wholeCount)
                || (wholeCount == 0 && Self.isVerbalNoun(rest, restLength))
        }
    }

    /// Whether the س that starts `word` is the future particle before an imperfect verb (`سيكون` = س + يكون,
    /// `سأذهب`): the verb must be attested and not much rarer than the whole word, which keeps `سياسة` and `سيارة`
    /// whole; bit 1 of `hamza` tells `سأ` (future) from `سا` (`سانت`).
    private func isFuture(_ word: UnsafePointer<UInt16>, _ length: Int, hamza: UInt64) -> Bool {
        guard length >= 4 else { return false }
        switch word[1] {
        case ArabicFolding.yeh, ArabicFolding.teh, ArabicFolding.noon: break
        case ArabicFolding.alef where hamza & 2 != 0: break
        default: return false
        }
        guard !isStem(word, length) else { return false }
        let verbCount = attestation(word + 1, length - 1)
        return verbCount > 0 && verbCount * Self.restRatio >= table.count(word, length)
    }

    /// Whether the word starts with the article ال followed by a stem of at least two letters.
    private func isArticle(_ word: UnsafePointer<UInt16>, _ length: Int, hamza: UInt64) -> Bool {
        guard length >= 4, word[0] == ArabicFolding.alef, word[1] == ArabicFolding.lam, hamza & 1 == 0 else {
            return false
        }
        return !lists.contains(word, length, .whole) && !isStem(word, length)
    }

    /// Whether the ل that starts `word` (after the preposition ل) is what is left of the article: yes unless the
    /// word is a known stem starting with ل (`لبنان` in `للبنان`) or is more frequent than the word without it.
    private func isAssimilatedArticle(_ word: UnsafePointer<UInt16>, _ length: Int) -> Bool {
        guard length >= 3, !isStem(word, length) else { return false }
        return attestation(word + 1, length - 1) >= table.count(word, length)
    }

    /// Whether the word is a hand-listed stem followed by an inflection tail (or nothing).
    private func isStem(_ word: UnsafePointer<UInt16>, _ length: Int) -> Bool {
        guard length >= Self.shortestStem,
            lists.contains(word, min(length, Self.stemStartLength), .stemStart)
                || lists.contains(word, Self.shortestStem, .stemStart)
        else { return false }
        var tail = 0
        while tail <= Self.longestTail && length - tail >= Self.shortestStem {
            if tail == 0 || lists.contains(word + length - tail, tail, .tail),
                lists.contains(word, length - tail, .stem)
            {
                return true
            }
            tail += 1
        }
        return false
    }

    /// How often the word, or the word without a common suffix, occurs in the corpus.
    private func attestation(_ word: UnsafePointer<UInt16>, _ length: Int) -> Int {
        var total = table.count(word, length)
        for suffix in Self.suffixes where length - suffix.count >= 3 && Self.ends(word, length, with: suffix) {
            total += table.count(word, length - suffix.count)
        }
        return total
    }

    /// Whether the word has the shape of a verbal noun of derived forms VII, VIII or X (`انسحاب`, `اختصار`,
    /// `استكشاف`), optionally with a pronoun or plural ending.
    private static func isVerbalNoun(_ word: UnsafePointer<UInt16>, _ length: Int) -> Bool {
        var stemLength = length
        for suffix in verbalNounEndings where length - suffix.count >= 6 && ends(word, length, with: suffix) {
            stemLength = length - suffix.count
            break
        }
        guard word[0] == ArabicFolding.alef else { return false }
        switch stemLength {
        case 6: return word[4] == ArabicFolding.alef && (word[2] == ArabicFolding.teh || word[1] == ArabicFolding.noon)
        case 7: return word[1] == ArabicFolding.seen && word[2] == ArabicFolding.teh && word[5] == ArabicFolding.alef
        default: return false
        }
    }

    private static func ends(_ word: UnsafePointer<UInt16>, _ length: Int, with suffix: [UInt16]) -> Bool {
        guard length >= suffix.count else { return false }
        for (offset, letter) in suffix.enumerated() where word[length - suffix.count + offset] != letter {
            return false
        }
        return true
    }

    /// Whether a word starting with `letter` can have a proclitic at all: و ف ب ل ك س, or the alef of ال.
    @inline(__always) static func mayStartWithClitic(_ letter: UInt16) -> Bool {
        isProcliticLetter(letter) || letter == ArabicFolding.alef
    }

    /// The bits of `hamza` that the analysis of the `length` letters at `word` may read: it reads the bit of the
    /// letter after each proclitic it considers, so bit `k` only when the `k` letters before it could all be
    /// proclitics, and at most three of them (the conjunction, a preposition or the future particle, the article).
    @inline(__always)
    private static func hamzaBitsRead(_ word: UnsafePointer<UInt16>, _ length: Int) -> UInt64 {
        guard length > 0, isProcliticLetter(word[0]) else { return 0b1 }
        return length > 1 && isProcliticLetter(word[1]) ? 0b111 : 0b11
    }

    /// Whether `letter` is one that can be a proclitic by itself: و ف ب ل ك س.
    @inline(__always)
    private static func isProcliticLetter(_ letter: UInt16) -> Bool {
        switch letter {
        case ArabicFolding.waw, ArabicFolding.feh, ArabicFolding.beh, ArabicFolding.lam, ArabicFolding.kaf,
            ArabicFolding.seen:
            return true
        default:
            return false
        }
    }
    /// و splits a word whose rest is at least 1/20 as frequent as the whole (`وأضاف`: `أضاف` 7, `وأضاف` 89).
    private static let wawRatio = 20
    /// ب, ل and the future س split a word whose rest is at least 1/10 as frequent as the whole.
    private static let restRatio = 10
    /// Fewest letters of a hand-listed stem; shorter entries could never match.
    static let shortestStem = 3
    /// Letters of a stem marked ``CliticWordFlags/stemStart`` (all of a three-letter stem).
    static let stemStartLength = 4
    /// Longest inflection tail in ``CliticWordLists/tails`` combined with a pronoun, in letters.
    private static let longestTail = 6
    /// Suffixes stripped when checking whether a stem is attested (`سفينتها` counts `سفينت`… as well).
    private static let suffixes: [[UInt16]] = ["ه", "ها", "هم", "ات", "ون", "ين", "ا", "ي", "ان"].map {
        ArabicFolding.fold(Substring($0))
    }
    /// Endings removed before matching a verbal-noun shape.
    private static let verbalNounEndings: [[UInt16]] = ["هما", "هم", "ها", "ه", "ات"].map {
        ArabicFolding.fold(Substring($0))
    }
}
