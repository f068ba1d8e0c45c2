import SanadCore

/// The English patterns around one cue, within one sentence.
struct EnglishReading {
    let text: QuoteText
    let lexicon: QuoteLexicon
    let sentence: Range<Int>

    /// `“Q,” S said` / `“Q,” said S` / `Q, S said`: content before the cue, not before token `from`.
    func before(cue: Int, from: Int) -> EnglishReport? {
        let tokens = text.tokens
        let left = description(endingAt: cue - 1, from: from)
        var mark = (left?.lowerBound ?? cue) - 1
        let speaker = left ?? description(from: cue + 1, end: sentence.upperBound)
        guard let speaker, mark > from else { return nil }
        var hasComma = false
        if tokens[mark].kind == .comma {
            hasComma = true
            mark -= 1
        }
        let closer = tokens[mark]
        let afterSpeaker = max(cue, speaker.upperBound - 1)
        if closer.kind == .quotationMark, !closer.opens, closer.pair >= from, closer.pair + 1 < mark {
            guard let (span, _) = trimmed(closer.pair + 1, mark) else { return nil }
            return EnglishReport(
                content: span, kind: .direct, speaker: speaker, last: afterSpeaker, afterCue: afterSpeaker + 1)
        }
        guard hasComma, closer.isWord || closer.kind == .quotationMark, let (span, _) = trimmed(from, mark + 1)
        else { return nil }
        return EnglishReport(
            content: span, kind: .indirect, speaker: speaker, last: afterSpeaker, afterCue: afterSpeaker + 1)
    }

    /// `S said (that) Q` / `S told X: “Q”` / `…, adding that Q`: content after the cue.
    func after(cue: Int, form: CueForm) -> EnglishReport? {
        let tokens = text.tokens
        let speaker = description(endingAt: cue - 1, from: sentence.lowerBound)
        let continues = form.role != .verb && cue > sentence.lowerBound && tokens[cue - 1].kind == .comma
        guard speaker != nil || continues, let first = contentStart(cue: cue, form: form) else { return nil }
        let opener = tokens[first]
        if opener.kind == .quotationMark, opener.opens, opener.pair > first + 1 {
            guard let (span, _) = trimmed(first + 1, opener.pair) else { return nil }
            return EnglishReport(
                content: span, kind: .direct, speaker: speaker, last: opener.pair, afterCue: opener.pair + 1)
        }
        guard let (span, last) = trimmed(first, clauseEnd(from: first)) else { return nil }
        let mixed = (first...last).contains { tokens[$0].kind == .quotationMark && tokens[$0].pair > $0 }
        return EnglishReport(content: span, kind: mixed ? .mixed : .indirect, speaker: speaker, last: last,
                      afterCue: last + 1)
    }

    /// Where the content after the cue at `cue` starts: past its listener (`told reporters`), at `that`, after a
    /// colon, at an opening quotation mark, or else right after the cue (`said the plan would fail`).
    private func contentStart(cue: Int, form: CueForm) -> Int? {
        let tokens = text.tokens
        var index = cue + 1
        while form.addressesListener, index < sentence.upperBound, tokens[index].classes.contains(.listener)
            || tokens[index].capitalized && !tokens[index].classes.contains(.complementizer)
        {
            index += 1
        }
        let direct = index
        let limit = min(sentence.upperBound, cue + 1 + EnglishQuoteFinder.window)
        while index < limit, tokens[index].kind != .sentenceEnd {
            let token = tokens[index]
            if token.kind == .colon { return index + 1 < sentence.upperBound ? index + 1 : nil }
            if token.kind == .quotationMark, token.opens { return index }
            if token.classes.contains(.complementizer) { return index }
            index += 1
        }
        guard direct < sentence.upperBound, tokens[direct].isWord, !tokens[direct].classes.contains(.speakerStop) else {
            return nil
        }
        return direct
    }

    /// A speaker description ending at token `last` (`Prime Minister Theresa May`, `a spokesman for the ministry`,
    /// `he`), not before token `from`.
    func description(endingAt last: Int, from: Int) -> Range<Int>? {
        let tokens = text.tokens
        guard last >= from, last >= sentence.lowerBound, tokens[last].isWord else { return nil }
        if !tokens[last].classes.isDisjoint(with: .pronoun) { return last..<(last + 1) }
        var first = last + 1
        while first > max(from, sentence.lowerBound), last - first + 1 < EnglishQuoteFinder.maximumSpeakerLength,
            isDescriptionWord(first - 1)
        {
            first -= 1
        }
        return named(first..<(last + 1))
    }

    /// A speaker description starting at token `first`, before `end`.
    func description(from first: Int, end: Int) -> Range<Int>? {
        guard first < end else { return nil }
        if !text.tokens[first].classes.isDisjoint(with: .pronoun) { return first..<(first + 1) }
        var last = first
        while last < end, last - first < EnglishQuoteFinder.maximumSpeakerLength, isDescriptionWord(last) { last += 1 }
        return named(first..<last)
    }

    /// The span of tokens `first..<end` without trailing punctuation, and its last token.
    func trimmed(_ first: Int, _ end: Int) -> (Span, Int)? {
        var last = end - 1
        while last >= first, text.tokens[last].isPunctuation { last -= 1 }
        guard last >= first else { return nil }
        return (text.span(first, through: last), last)
    }

    /// Where a clause that starts at `first` ends: the sentence end, or a comma before `adding`, `he said`,
    /// `according to`.
    private func clauseEnd(from first: Int) -> Int {
        let tokens = text.tokens
        var index = first + 1
        while index < sentence.upperBound {
            let token = tokens[index]
            if token.kind == .quotationMark, token.opens, token.pair > index {
                index = token.pair + 1
                continue
            }
            if token.kind == .comma, index + 1 < sentence.upperBound {
                let next = index + 1
                if tokens[next].cue != nil || lexicon.words.match(.sourcePhrase, at: next, key: text.wordKey) != nil {
                    return index
                }
                if let speaker = description(from: next, end: sentence.upperBound),
                    speaker.upperBound < sentence.upperBound,
                    tokens[speaker.upperBound].cue != nil
                {
                    return index
                }
            }
            index += 1
        }
        return sentence.upperBound
    }

    /// Whether token `index` may be part of a speaker description: a capitalized word (`May` too), or a role or
    /// linking word (`spokesman`, `of`).
    private func isDescriptionWord(_ index: Int) -> Bool {
        let token = text.tokens[index]
        guard token.isWord, token.cue == nil, token.classes.isDisjoint(with: [.pronoun, .sourcePhrase]) else {
            return false
        }
        if token.capitalized { return !token.classes.contains(.complementizer) }
        return !token.classes.isDisjoint(with: [.speakerWord, .speakerLink]) && !token.classes.contains(.speakerStop)
    }

    /// `range` when it names someone: it holds a capitalized word or a role word (`minister`), not only linking
    /// words (`the`, `of`).
    private func named(_ range: Range<Int>) -> Range<Int>? {
        let names = range.contains { text.tokens[$0].capitalized || text.tokens[$0].classes.contains(.speakerWord) }
        return names ? range : nil
    }
}
