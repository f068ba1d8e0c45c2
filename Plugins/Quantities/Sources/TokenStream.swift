import SanadCore

/// One document's tokens as the grammar reads them: word ids, clitic-free word ids, numbers already parsed.
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
    let lexicon: Lexicon
    /// The lexicon id of every token (-1 for numbers and words the lexicon does not know).
    private let ids: [Int32]
    /// The lexicon id of the stem of every token with clitics (-1 when it has none or the stem is unknown).
    private let stemIDs: [Int32]
    /// The reading of every number token (nil for other tokens and unreadable numbers).
    let numbers: [NumberText?]

    /// Reads the tokens of `document` against `lexicon`.
    init(_ document: Document, lexicon: Lexicon) {
        tokens = document.tokens
        scalars = document.scalars
        self.lexicon = lexicon
        var ids = [Int32](repeating: -1, count: tokens.count)
        var stemIDs = [Int32](repeating: -1, count: tokens.count)
        var numbers = [NumberText?](repeating: nil, count: tokens.count)
        var key: [UInt32] = []
        key.reserveCapacity(32)
        for (index, token) in tokens.enumerated() {
            if token.kind == .number {
                numbers[index] = NumberText(document.scalars[token.start..<token.end])
                continue
            }
            LookupKey.fold(document.scalars, token.start..<token.end, into: &key)
            ids[index] = lexicon.vocabulary.id(of: key).map(Int32.init) ?? -1
            if token.prefix > 0 {
                LookupKey.fold(document.scalars, token.stem.start..<token.end, into: &key)
                stemIDs[index] = lexicon.vocabulary.id(of: key).map(Int32.init) ?? -1
            }
        }
        self.ids = ids
        self.stemIDs = stemIDs
        self.numbers = numbers
    }

    var count: Int { tokens.count }

    /// Whether token `index` is the word `id` (as written, clitics included).
    func isWord(_ id: Int32, at index: Int) -> Bool { index < count && ids[index] == id }

    /// The original text of `span`.
    func text(of span: Span) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[span.start..<span.end])
        return String(text)
    }

    /// Whether token `index` is a noun with the definite article (`المتظاهرين`, `والقتلى`): its clitics end in `ال`.
    func isDefinite(_ index: Int) -> Bool {
        guard index < count, tokens[index].prefix >= 2 else { return false }
        var prefix: [UInt32] = []
        LookupKey.fold(scalars, tokens[index].start..<tokens[index].stem.start, into: &prefix)
        return prefix.count >= 2 && prefix[prefix.count - 2] == 0x0627 && prefix[prefix.count - 1] == 0x0644
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

    /// Whether token `index` or its stem starts a phrase of the lexicon.
    func startsPhrase(_ index: Int) -> Bool {
        index < count && (lexicon.startsPhrase(ids[index]) || lexicon.startsPhrase(stemIDs[index]))
    }

    /// Whether token `index`, or its stem, is a word of `wordClass`.
    func isWord(in wordClass: WordClass, at index: Int) -> Bool {
        index >= 0 && index < count
            && (lexicon.isWord(ids[index], in: wordClass) || lexicon.isWord(stemIDs[index], in: wordClass))
    }

    /// The longest phrase of the lexicon at token `index` whose meaning `read` accepts.
    ///
    /// The first word matches as written, or by its stem when the token has clitics (`بنحو` matches `نحو`) and,
    /// unless `definiteStems` is set, they are not the article (`المئة` is not the number `مئة`).
    func match<Value>(at index: Int, definiteStems: Bool = true, _ read: (Meaning) -> Value?) -> Match<Value>? {
        guard index < count, tokens[index].kind != .number else { return nil }
        if let found = match(first: ids[index], at: index, read) {
            return Match(value: found.value, end: found.end, start: tokens[index].start)
        }
        guard stemIDs[index] >= 0, definiteStems || !isDefinite(index),
            let found = match(first: stemIDs[index], at: index, read)
        else { return nil }
        return Match(value: found.value, end: found.end, start: tokens[index].stem.start)
    }

    private func match<Value>(first: Int32, at index: Int, _ read: (Meaning) -> Value?) -> (value: Value, end: Int)? {
        for entry in lexicon.entries(startingWith: first) {
            guard index + entry.rest.count < count, let value = read(entry.meaning) else { continue }
            var matches = true
            for (offset, word) in entry.rest.enumerated() {
                let next = index + 1 + offset
                if ids[next] != word && stemIDs[next] != word {
                    matches = false
                    break
                }
            }
            if matches { return (value, index + 1 + entry.rest.count) }
        }
        return nil
    }
}
