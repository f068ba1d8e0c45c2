import SanadCore

/// One document's tokens as the grammar reads them: lookup keys, clitic-free keys, numbers already parsed.
struct TokenStream {
    /// A lexicon phrase found at a token.
    struct Match<Value> {
        /// What the phrase means, as the caller asked for it.
        let value: Value
        /// The index of the token after the phrase.
        let end: Int
        /// Where the phrase starts in the original text: after the clitics when the first word matched without them
        /// (`وأكثر من` starts at `أكثر`).
        let start: Int
    }

    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    /// The key of every word, symbol and punctuation token ("" for numbers).
    private let keys: [String]
    /// The key of the stem of every token with clitics (nil when it has none).
    private let stemKeys: [String?]
    /// The reading of every number token (nil for other tokens and unreadable numbers).
    let numbers: [NumberText?]

    /// Reads the tokens of `document`.
    init(_ document: Document) {
        tokens = document.tokens
        scalars = document.scalars
        var keys: [String] = []
        var stemKeys: [String?] = []
        var numbers: [NumberText?] = []
        keys.reserveCapacity(tokens.count)
        stemKeys.reserveCapacity(tokens.count)
        numbers.reserveCapacity(tokens.count)
        for token in tokens {
            if token.kind == .number {
                keys.append("")
                stemKeys.append(nil)
                numbers.append(NumberText(document.scalars[token.start..<token.end]))
            } else {
                keys.append(LookupKey.of(document.scalars, token.start..<token.end))
                stemKeys.append(token.prefix > 0 ? LookupKey.of(document.scalars, token.stem.start..<token.end) : nil)
                numbers.append(nil)
            }
        }
        self.keys = keys
        self.stemKeys = stemKeys
        self.numbers = numbers
    }

    var count: Int { tokens.count }

    /// The lookup key of token `index`, or nil past the end.
    func key(_ index: Int) -> String? { index < count ? keys[index] : nil }

    /// The original text of `span`.
    func text(of span: Span) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[span.start..<span.end])
        return String(text)
    }

    /// Whether token `index` is the definite article's noun (`المتظاهرين`, `والقتلى`).
    func isDefinite(_ index: Int) -> Bool {
        guard index < count, let stem = stemKeys[index] else { return false }
        let prefix = keys[index].unicodeScalars.dropLast(stem.unicodeScalars.count)
        return prefix.count >= 2 && prefix.suffix(2).elementsEqual("ال".unicodeScalars)
    }

    /// Whether token `index` is a word of Arabic letters.
    func isArabicWord(_ index: Int) -> Bool {
        guard index < count, tokens[index].kind == .word else { return false }
        return (0x0620...0x064A).contains(scalars[tokens[index].stem.start].value)
    }

    /// Whether token `index` is a word of Latin letters.
    func isLatinWord(_ index: Int) -> Bool {
        guard index < count, tokens[index].kind == .word else { return false }
        let first = scalars[tokens[index].start].value
        return (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first)
    }

    /// Whether token `index` starts with the conjunction `و` as a clitic (`وخمسة`, `ونصف`).
    func hasWawPrefix(_ index: Int) -> Bool {
        index < count && tokens[index].prefix > 0 && scalars[tokens[index].start] == "\u{0648}"
    }

    /// Whether token `index` or its stem starts a phrase of `lexicon`.
    func isKnown(_ lexicon: Lexicon, _ index: Int) -> Bool {
        index < count && (lexicon.knows(keys[index]) || stemKeys[index].map(lexicon.knows) == true)
    }

    /// Whether token `index`'s key, or its stem's, is in `set`.
    func isIn(_ set: Set<String>, _ index: Int) -> Bool {
        guard index < count else { return false }
        return set.contains(keys[index]) || stemKeys[index].map(set.contains) == true
    }

    /// The longest phrase of `lexicon` at token `index` whose meaning `read` accepts.
    ///
    /// The first word matches by the token's key, or by its stem's when the token has clitics (`بنحو` matches
    /// `نحو`) and, unless `definiteStems` is set, they are not the article (`المئة` is not the number `مئة`).
    func match<Value>(
        _ lexicon: Lexicon, at index: Int, definiteStems: Bool = true, _ read: (Meaning) -> Value?
    ) -> Match<Value>? {
        guard index < count, tokens[index].kind != .number else { return nil }
        if let found = match(lexicon, key: keys[index], at: index, read) {
            return Match(value: found.value, end: found.end, start: tokens[index].start)
        }
        guard let stem = stemKeys[index], definiteStems || !isDefinite(index),
            let found = match(lexicon, key: stem, at: index, read)
        else { return nil }
        return Match(value: found.value, end: found.end, start: tokens[index].stem.start)
    }

    private func match<Value>(
        _ lexicon: Lexicon, key: String, at index: Int, _ read: (Meaning) -> Value?
    ) -> (value: Value, end: Int)? {
        guard let entries = lexicon.entries[key] else { return nil }
        for entry in entries {
            guard let value = read(entry.meaning), index + entry.rest.count < count else { continue }
            var matches = true
            for (offset, word) in entry.rest.enumerated() {
                let next = index + 1 + offset
                if keys[next] != word && stemKeys[next] != word {
                    matches = false
                    break
                }
            }
            if matches { return (value, index + 1 + entry.rest.count) }
        }
        return nil
    }
}
