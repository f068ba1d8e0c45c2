import SanadCore

/// A document as the `quotes` stage reads it: its tokens with word keys and lexicon classes, its sentences as token
/// ranges, and its paired quotation marks.
struct QuoteText {
    /// The tokens, in text order.
    let tokens: [QuoteToken]
    /// Each sentence's token range, in text order.
    let sentences: [Range<Int>]
    /// The original code points.
    let scalars: [Unicode.Scalar]
    /// The original text, which ``text(of:)`` copies from.
    private let original: String
    /// Where ``scalars`` start in ``original``'s UTF-8.
    private let offsets: UTF8Offsets

    /// Analyses `document`'s tokens and sentences with `lexicon`; a cue form written like another word (`بين`) stays a
    /// cue only right before a complementizer.
    init(_ document: Document, lexicon: QuoteLexicon) {
        let scalars = document.scalars
        var tokens: [QuoteToken] = []
        tokens.reserveCapacity(document.tokens.count)
        var sentenceRanges: [Range<Int>] = []
        var sentence = 0
        var sentenceFirst = 0
        var paragraph = 0
        var previousEnd = 0
        let folding = QuoteWordKey.foldTable
        for token in document.tokens {
            while sentence < document.sentences.count, token.start >= document.sentences[sentence].end {
                if tokens.count > sentenceFirst { sentenceRanges.append(sentenceFirst..<tokens.count) }
                sentenceFirst = tokens.count
                sentence += 1
            }
            for offset in previousEnd..<max(previousEnd, token.start)
            where scalars[offset] == "\n" || scalars[offset] == "\u{2029}" {
                paragraph += 1
                break
            }
            previousEnd = max(previousEnd, token.end)
            tokens.append(Self.analyze(token, scalars: scalars, lexicon: lexicon, folding: folding,
                                       sentence: sentenceRanges.count, paragraph: paragraph))
        }
        if tokens.count > sentenceFirst { sentenceRanges.append(sentenceFirst..<tokens.count) }
        for index in tokens.indices where tokens[index].classes.contains(.complementizerOnlyCue) {
            let reports = index + 1 < tokens.count && tokens[index + 1].classes.contains(.complementizer)
            if !reports { tokens[index].cue = nil }
        }
        QuotationMarks.pair(&tokens, scalars: scalars)
        self.tokens = tokens
        self.sentences = sentenceRanges
        self.scalars = scalars
        original = document.text
        offsets = UTF8Offsets(scalars)
    }

    /// The original span from the start of token `first` to the end of token `last`.
    func span(_ first: Int, through last: Int) -> Span { Span(start: tokens[first].start, end: tokens[last].end) }

    /// The original text of `span`: its bytes copied from the original string, which are valid UTF-8 already.
    func text(of span: Span) -> String {
        let utf8 = original.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offsets.offset(of: span.start, in: scalars))
        let end = utf8.index(utf8.startIndex, offsetBy: offsets.offset(of: span.end, in: scalars))
        return String(original[start..<end])
    }

    /// The key of word `index` for multi-word matching: nil past the end or on a non-word.
    func wordKey(_ index: Int) -> UInt64? {
        index < tokens.count && tokens[index].isWord ? tokens[index].key : nil
    }

    /// The ``QuoteToken`` of `token`, folding its letters with `folding` (``QuoteWordKey/foldTable``).
    private static func analyze(
        _ token: Token, scalars: [Unicode.Scalar], lexicon: QuoteLexicon, folding: [UInt16], sentence: Int,
        paragraph: Int
    ) -> QuoteToken {
        let preposition = Self.preposition(token, scalars: scalars, folding: folding)
        var key = QuoteWordKey.empty
        var bareKey = QuoteWordKey.empty
        var objectKey = QuoteWordKey.empty
        var letters = 0
        var startsWithConjunction = false
        for offset in token.start..<token.end {
            let letter = QuoteWordKey.fold(scalars[offset].value, table: folding)
            guard letter != 0 else { continue }
            if offset >= token.start + token.prefix { objectKey = QuoteWordKey.adding(letter, to: objectKey) }
            if letters == 0 {
                startsWithConjunction = QuoteWordKey.isConjunction(letter)
            } else {
                bareKey = QuoteWordKey.adding(letter, to: bareKey)
            }
            key = QuoteWordKey.adding(letter, to: key)
            letters += 1
        }
        if !startsWithConjunction || letters < 3 { bareKey = key }
        let first = scalars[token.start].value
        let kind = Self.kind(of: token, first: first, scalars: scalars)
        let entry = lexicon.entry(key)
        let bareEntry = bareKey != key ? lexicon.entry(bareKey) : QuoteLexicon.WordEntry()
        var classes = entry.classes
        classes.formUnion(bareEntry.classes.subtracting(.complementizer))  // empty when bareKey == key
        if preposition.length > 0 {
            classes.formUnion(lexicon.entry(objectKey).classes.intersection([.mediumNoun, .adjunctNoun]))
        }
        var cue = kind == .word ? entry.cue : nil
        var cueAfterConjunction = false
        if cue == nil, kind == .word, let bare = bareEntry.cue, bare.role == .verb {
            cue = bare
            cueAfterConjunction = true
        }
        return QuoteToken(
            start: token.start, end: token.end, key: key, bareKey: bareKey, kind: kind, classes: classes, cue: cue,
            cueAfterConjunction: cueAfterConjunction, capitalized: first >= 0x41 && first <= 0x5A,
            prepositionLength: preposition.length, lamPreposition: preposition.lam, sentence: sentence,
            paragraph: paragraph)
    }

    private static func kind(of token: Token, first: UInt32, scalars: [Unicode.Scalar]) -> QuoteToken.Kind {
        switch token.kind {
        case .word, .hashtag, .mention: return .word
        case .number: return .number
        case .url, .email: return .other
        case .punctuation, .symbol:
            switch first {
            case 0x2C, 0x060C, 0x3B, 0x061B: return .comma
            case 0x3A: return .colon
            case 0x2E, 0x21, 0x3F, 0x061F, 0x2026: return .sentenceEnd
            case 0x2D, 0x2013, 0x2014: return .dash
            case 0x28, 0x5B: return .openParenthesis
            case 0x29, 0x5D: return .closeParenthesis
            case _ where QuotationMarks.isQuotationMark(first): return .quotationMark
            default: return .other
            }
        }
    }

    /// Code points of the token's proclitics up to and including its last preposition (ب ل ك), the article aside
    /// (1 for `لوكالة` and `بالقول`, 2 for `وبحسب`; 0 when it has none), and whether that preposition is `ل`.
    private static func preposition(_ token: Token, scalars: [Unicode.Scalar], folding: [UInt16])
        -> (length: Int, lam: Bool)
    {
        var length = 0
        var lam = false
        for offset in 0..<token.prefix {
            let letter = QuoteWordKey.fold(scalars[token.start + offset].value, table: folding)
            switch letter {
            case 0x0628, 0x0643:
                length = offset + 1
                lam = false
            case 0x0644 where offset + 1 < token.prefix || offset == 0:
                length = offset + 1
                lam = true
            default: break
            }
        }
        return (length, lam)
    }
}
