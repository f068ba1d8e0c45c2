/// Groups raw tokens into sentences.
///
/// A sentence ends after a terminal mark (`.` `!` `?` `؟` `…` and runs of them) together with the closing quotes and
/// brackets after it (`."`, `!»`, `. »`, `.)`), unless the next token shows that the sentence goes on: a comma or
/// colon, or a lowercase word (`"Really?" she asked`). Periods inside numbers, URLs and abbreviations are not
/// terminal marks (the tokenizer keeps them inside those tokens); a sentence ends after an abbreviation only when the
/// next word typically starts a sentence (`… Inc. The company …`), and never after a title (`Mr.`, `د.`), nor after
/// the number of a list item that opens a sentence (`1. …`). Line breaks end sentences according to the
/// ``LineBreakPolicy``.
struct SentenceSplitter: Sendable {
    /// Fewest line breaks in a gap that end a sentence (`Int.max` when line breaks are whitespace).
    let breaksThatEnd: Int

    /// A splitter following `policy`.
    init(policy: LineBreakPolicy) {
        switch policy {
        case .always: breaksThatEnd = 1
        case .two: breaksThatEnd = 2
        case .never: breaksThatEnd = Int.max
        }
    }

    /// The sentences of `tokens` (raw tokens of `text`), as ranges of token indices in text order.
    func split(_ tokens: [RawToken], text: UnsafeBufferPointer<Unicode.Scalar>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var first = 0
        var index = 0
        while index < tokens.count {
            if index > first && Int(tokens[index].breaksBefore) >= breaksThatEnd {
                sentences.append(first..<index)
                first = index
            }
            let flags = tokens[index].flags
            guard flags.contains(.terminal) || flags.contains(.abbreviation) else {
                index += 1
                continue
            }
            var last = index
            while last + 1 < tokens.count && closes(tokens[last + 1]) { last += 1 }
            let isListMarker =
                index == first + 1 && tokens[first].kind == .number
                && !tokens[index].flags.contains(.spaceBefore) && tokens[index].end - tokens[index].start == 1
            let next = last + 1 < tokens.count ? tokens[last + 1] : nil
            if !isListMarker && endsSentence(flags, next: next, text: text) {
                sentences.append(first..<last + 1)
                first = last + 1
            }
            index = last + 1
        }
        if first < tokens.count { sentences.append(first..<tokens.count) }
        return sentences
    }

    /// Whether `token`, right after a terminal mark, closes the quotation or bracket that the sentence is in: a
    /// closing mark on the same line (`.»`, `. »`), or a straight quote touching the mark (`."`).
    func closes(_ token: RawToken) -> Bool {
        token.flags.contains(.closer) && token.breaksBefore == 0
            || token.flags.contains(.straightQuote) && !token.flags.contains(.spaceBefore)
    }

    /// Whether a sentence ends after a terminal mark or abbreviation with `flags` (and its closers), followed by
    /// `next`.
    func endsSentence(_ flags: RawTokenFlags, next: RawToken?, text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard let next else { return true }
        if Int(next.breaksBefore) >= breaksThatEnd { return true }
        if next.flags.contains(.continuation) || next.flags.contains(.lowercase) { return false }
        if flags.contains(.abbreviation) {
            guard !flags.contains(.title), next.kind == .word, next.flags.contains(.uppercase) else { return false }
            return Self.startsSentence(text, Int(next.start)..<Int(next.end))
        }
        if !next.flags.contains(.spaceBefore) {
            return next.kind == .word && (next.flags.contains(.arabic) || next.flags.contains(.uppercase))
        }
        return true
    }

    /// Whether the word `range` of `text` is one that typically starts an English sentence (`The`, `He`, `But`…).
    static func startsSentence(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        guard let key = AbbreviationKey(text, range) else { return false }
        return sentenceStarters.contains(key)
    }

    /// Capitalized words that usually begin a sentence rather than continue a name.
    static let sentenceStarters: Set<AbbreviationKey> = Set(
        ("the a an this that these those it its he she they we i you his her their our my in on at for from by "
            + "with but and or so if when while after before however meanwhile also there here what who why how as "
            + "according since although though yet then now many some most all both each such other another last "
            + "earlier later during despite under over one no not only even still").split(
                separator: " "
            ).map { AbbreviationKey(String($0))! })
}
