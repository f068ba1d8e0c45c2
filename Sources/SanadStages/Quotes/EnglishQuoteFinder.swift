import SanadCore

/// Finds the reported statements of an English document and who made them.
///
/// The patterns are the common ones of the Quootstrap seed set (`$Q , $S said`, `$Q , said $S`, `$S said $Q`,
/// `$S told … $Q`): a quotation or clause before a comma and a cue with its speaker on either side
/// (`“We will win,” the minister said.`), or a speaker and cue before the content (`She said that …`,
/// `He told reporters: “…”`, `Officials said the talks had failed.`). `according to X` attributes the clause beside
/// it. Speakers are runs of capitalized words and role words (`Prime Minister Theresa May`, `a spokesman for the
/// ministry`); `he` / `she` / `they` take the latest speaker, and a quotation standing alone right after a quote
/// continues its speaker. Entities are optional: without them speakers keep their text.
struct EnglishQuoteFinder {
    /// Longest speaker description, in tokens.
    static let maximumSpeakerLength = 8
    /// How far after a cue its content may start (`said in a statement on Tuesday that`), in tokens.
    static let window = 10

    let lexicon: QuoteLexicon
    /// Whether statements attributed only by `according to` are reported.
    let sourceQuotes: Bool

    /// The quotes of `document`, analysed as `text`.
    func quotes(in document: Document, text: QuoteText) -> [Quote] {
        var linker = SpeakerLinker(document, text: text)
        var history = SpeakerHistory()
        var quotes: [Quote] = []
        var previous: (sentence: Int, speaker: SpeakerMention?)?
        for (number, sentence) in text.sentences.enumerated() {
            var found: [Quote] = []
            var subject: SpeakerMention?
            var index = sentence.lowerBound
            var consumed = sentence.lowerBound
            var lastSpeaker: SpeakerMention?
            while index < sentence.upperBound {
                guard let form = text.tokens[index].cue, index >= consumed else {
                    index += 1
                    continue
                }
                let reader = Reading(text: text, lexicon: lexicon, sentence: sentence)
                if let report = reader.before(cue: index, from: consumed) ?? reader.after(cue: index, form: form) {
                    var speaker: SpeakerMention?
                    if let named = report.speaker {
                        let pronoun = text.tokens[named.lowerBound].classes
                        if !pronoun.isDisjoint(with: WordClass.pronoun) {
                            let personal = !pronoun.isDisjoint(with: [.pronounMasculine, .pronounFeminine])
                            speaker = history.latest(accepting: .unknown) { earlier in
                                !personal || !earlier.words.contains { lexicon.words.classes(of: $0).contains(.organizationWord) }
                            }?.carried(as: .pronoun, to: number)
                        } else {
                            speaker = linker.speaker(named, agreement: .unknown, history: history)
                            if let speaker { history.record(speaker) }
                        }
                    } else {
                        speaker = subject ?? history.latest(accepting: .unknown)?.carried(as: .carried, to: number)
                    }
                    subject = speaker ?? subject
                    lastSpeaker = speaker ?? lastSpeaker
                    found.append(quote(report.content, report.kind, cue: index, lemma: form.lemma, speaker, text))
                    consumed = report.last + 1
                    index = max(index + 1, report.afterCue)
                    continue
                }
                index += 1
            }
            if found.isEmpty, let continued = continuation(sentence, previous: previous, number: number, text: text) {
                found.append(continued)
            }
            if found.isEmpty, sourceQuotes,
                let attributed = according(in: sentence, text: text, linker: &linker, history: &history)
            {
                found.append(attributed)
            }
            if !found.isEmpty { previous = (number, lastSpeaker ?? previous?.speaker) }
            quotes += found
        }
        return quotes
    }

    // MARK: - Private

    /// A sentence that is one quotation with no cue, right after a sentence with a quote: the speaker goes on.
    private func continuation(
        _ sentence: Range<Int>, previous: (sentence: Int, speaker: SpeakerMention?)?, number: Int, text: QuoteText
    ) -> Quote? {
        guard let previous, previous.sentence == number - 1, let speaker = previous.speaker,
            sentence.lowerBound < sentence.upperBound
        else { return nil }
        let opener = text.tokens[sentence.lowerBound]
        guard opener.kind == .quotationMark, opener.opens, opener.pair > sentence.lowerBound + 1,
            (opener.pair + 1..<sentence.upperBound).allSatisfy({ text.tokens[$0].isPunctuation })
        else { return nil }
        let reader = Reading(text: text, lexicon: lexicon, sentence: sentence)
        guard let (span, _) = reader.trimmed(sentence.lowerBound + 1, opener.pair) else { return nil }
        return Quote(span: span, text: text.text(of: span), kind: .direct,
                     speaker: speaker.carried(as: .carried, to: number).output(in: text))
    }

    /// A clause attributed by `according to X` at the start or end of `sentence`.
    private func according(
        in sentence: Range<Int>, text: QuoteText, linker: inout SpeakerLinker, history: inout SpeakerHistory
    ) -> Quote? {
        for index in sentence {
            guard let length = lexicon.words.match(.sourcePhrase, at: index, key: text.wordKey) else { continue }
            let reader = Reading(text: text, lexicon: lexicon, sentence: sentence)
            guard let source = reader.description(from: index + length, end: sentence.upperBound) else { return nil }
            let content: (Int, Int)
            if index == sentence.lowerBound {
                guard source.upperBound < sentence.upperBound, text.tokens[source.upperBound].kind == .comma else {
                    return nil
                }
                content = (source.upperBound + 1, sentence.upperBound)
            } else {
                guard text.tokens[index - 1].kind == .comma else { return nil }
                content = (sentence.lowerBound, index - 1)
            }
            guard let (span, _) = reader.trimmed(content.0, content.1) else { return nil }
            let speaker = linker.speaker(source, agreement: .unknown, history: history, confidence: 0.8)
            history.record(speaker)
            let cue = text.span(index, through: index + length - 1)
            return Quote(span: span, text: text.text(of: span), kind: .indirect,
                         cue: Quote.Cue(span: cue, text: text.text(of: cue), lemma: "according to"),
                         speaker: speaker.output(in: text))
        }
        return nil
    }

    private func quote(
        _ span: Span, _ kind: Quote.Kind, cue: Int, lemma: String, _ speaker: SpeakerMention?, _ text: QuoteText
    ) -> Quote {
        let cueSpan = text.span(cue, through: cue)
        return Quote(span: span, text: text.text(of: span), kind: kind,
                     cue: Quote.Cue(span: cueSpan, text: text.text(of: cueSpan), lemma: lemma),
                     speaker: speaker?.output(in: text))
    }
}

/// One English report as read around its cue: the content, the tokens naming the speaker (nil when implicit), and
/// where reading goes on.
private struct Report {
    var content: Span
    var kind: Quote.Kind
    var speaker: Range<Int>?
    /// The last token the report takes up.
    var last: Int
    /// Where the next cue may be looked for.
    var afterCue: Int
}

/// The English patterns around one cue, within one sentence.
private struct Reading {
    let text: QuoteText
    let lexicon: QuoteLexicon
    let sentence: Range<Int>

    /// `“Q,” S said` / `“Q,” said S` / `Q, S said`: content before the cue, not before token `from`.
    func before(cue: Int, from: Int) -> Report? {
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
            return Report(content: span, kind: .direct, speaker: speaker, last: afterSpeaker, afterCue: afterSpeaker + 1)
        }
        guard hasComma, closer.isWord || closer.kind == .quotationMark, let (span, _) = trimmed(from, mark + 1)
        else { return nil }
        return Report(content: span, kind: .indirect, speaker: speaker, last: afterSpeaker, afterCue: afterSpeaker + 1)
    }

    /// `S said (that) Q` / `S told X: “Q”` / `…, adding that Q`: content after the cue.
    func after(cue: Int, form: CueForm) -> Report? {
        let tokens = text.tokens
        let speaker = description(endingAt: cue - 1, from: sentence.lowerBound)
        let continues = form.role != .verb && cue > sentence.lowerBound && tokens[cue - 1].kind == .comma
        guard speaker != nil || continues, let first = contentStart(cue: cue, form: form) else { return nil }
        let opener = tokens[first]
        if opener.kind == .quotationMark, opener.opens, opener.pair > first + 1 {
            guard let (span, _) = trimmed(first + 1, opener.pair) else { return nil }
            return Report(content: span, kind: .direct, speaker: speaker, last: opener.pair, afterCue: opener.pair + 1)
        }
        guard let (span, last) = trimmed(first, clauseEnd(from: first)) else { return nil }
        let mixed = (first...last).contains { tokens[$0].kind == .quotationMark && tokens[$0].pair > $0 }
        return Report(content: span, kind: mixed ? .mixed : .indirect, speaker: speaker, last: last,
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
                if let speaker = description(from: next, end: sentence.upperBound), speaker.upperBound < sentence.upperBound,
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
