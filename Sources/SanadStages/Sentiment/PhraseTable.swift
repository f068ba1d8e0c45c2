/// Words and multi-word phrases (folded) with a value each, matched at a token of a ``ScannedText``.
///
/// The first word of a phrase may carry clitics (see ``Stripping``); the following words must match exactly. At a
/// given token the longest phrase wins, so `غير أن` (contrast) beats `غير` (negation).
struct PhraseTable<Value: Sendable>: Sendable {
    /// How much of the first word may be stripped to find a phrase.
    enum Stripping: Sendable {
        /// Proclitics and suffixes, as ``ArabicClitics`` allows.
        case clitics
        /// Only a leading conjunction `و` or `ف` (`ولكن`, `فلا`): what function words carry.
        case conjunction
    }

    /// One match: the value and where the phrase ends.
    struct Match: Sendable {
        var value: Value
        /// Index of the token after the phrase.
        var endToken: Int
    }

    private var firstWords = ScalarKeyTable()
    /// Per first word: the phrases starting with it, as (remaining words, value), longest first.
    private var phrases: [[(rest: [[UInt32]], value: Value)]] = []
    private let stripping: Stripping

    /// Creates an empty table.
    init(stripping: Stripping) {
        self.stripping = stripping
    }

    /// Number of phrases.
    var count: Int { phrases.reduce(0) { $0 + $1.count } }

    /// Adds a phrase given as folded words; a repeated phrase keeps its first value.
    mutating func insert(words: [[UInt32]], value: Value) {
        precondition(!words.isEmpty)
        let index = Int(firstWords.insert(words[0]))
        if index == phrases.count { phrases.append([]) }
        let rest = Array(words.dropFirst())
        guard !phrases[index].contains(where: { $0.rest == rest }) else { return }
        phrases[index].append((rest, value))
        phrases[index].sort { $0.rest.count > $1.rest.count }
    }

    /// Whether some phrase starts with `word` (after the stripping this table allows): when not, ``match(in:at:before:)``
    /// finds nothing at that word whatever follows it.
    @inline(__always)
    func startsPhrase(_ word: ArraySlice<UInt32>) -> Bool {
        switch stripping {
        case .clitics:
            return ArabicClitics.firstMatch(in: word) { firstWords.index(of: $0, hash: $1) } != nil
        case .conjunction:
            if firstWords.index(of: word) != nil { return true }
            guard word.count > 2, word.first == 0x0648 || word.first == 0x0641 else { return false }
            return firstWords.index(of: word.dropFirst()) != nil
        }
    }

    /// The longest phrase starting at token `index` of `text` (words and numbers only) and ending before token
    /// `limit`, if any.
    @inline(__always)
    func match(in text: ScannedText, at index: Int, before limit: Int) -> Match? {
        let token = text.tokens[index]
        guard token.kind == .word || token.kind == .number else { return nil }
        let word = text.scalars(of: token)
        switch stripping {
        case .clitics:
            return ArabicClitics.firstMatch(in: word) { match(firstWord: $0, hash: $1, in: text, at: index, before: limit) }
        case .conjunction:
            if let found = match(firstWord: word, hash: ScalarHash.of(word), in: text, at: index, before: limit) {
                return found
            }
            guard word.count > 2, word.first == 0x0648 || word.first == 0x0641 else { return nil }
            let rest = word.dropFirst()
            return match(firstWord: rest, hash: ScalarHash.of(rest), in: text, at: index, before: limit)
        }
    }

    /// The longest phrase whose first word is `stem` (with ``ScalarHash`` `hash`) and whose other words follow token
    /// `index`.
    @inline(__always)
    private func match(
        firstWord stem: ArraySlice<UInt32>, hash: UInt64, in text: ScannedText, at index: Int, before limit: Int
    ) -> Match? {
        guard let key = firstWords.index(of: stem, hash: hash) else { return nil }
        for phrase in phrases[Int(key)] where Self.follows(phrase.rest, in: text, after: index, before: limit) {
            return Match(value: phrase.value, endToken: index + 1 + phrase.rest.count)
        }
        return nil
    }

    @inline(__always)
    private static func follows(_ rest: [[UInt32]], in text: ScannedText, after index: Int, before limit: Int) -> Bool {
        guard index + rest.count < limit else { return false }
        for (offset, word) in rest.enumerated()
        where !text.scalars(of: text.tokens[index + 1 + offset]).elementsEqual(word) {
            return false
        }
        return true
    }
}
