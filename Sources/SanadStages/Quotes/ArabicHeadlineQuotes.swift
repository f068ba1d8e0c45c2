import SanadCore

/// Headlines and paragraphs that open with a speaker's name and a colon (`ميقاتي: لا حل إلا بالحوار`): a direct
/// quote with no reporting verb, whose speaker is the name before the colon.
extension ArabicReading {
    /// Most words before the colon of a headline quote.
    static let maximumHeadlineName = 6

    /// The quote of `sentence` when it starts a paragraph with a speaker's name, a colon, and at least two words of
    /// speech.
    mutating func headlineQuote(_ sentence: Range<Int>) -> Quote? {
        let tokens = text.tokens
        let first = sentence.lowerBound
        guard first == 0 || tokens[first - 1].paragraph != tokens[first].paragraph,
            let colon = (first..<min(sentence.upperBound, first + Self.maximumHeadlineName + 1))
                .first(where: { tokens[$0].kind == .colon }),
            colon > first, namesSpeaker(first..<colon)
        else { return nil }
        let opens = colon + 1 < sentence.upperBound && tokens[colon + 1].kind == .quotationMark
        let start = ContentStart(token: colon + 1, form: opens ? .quotation : .colon)
        guard colon + 2 < sentence.upperBound, let found = content.content(from: start),
            (colon + 1...found.last).filter({ tokens[$0].isWord }).count >= 2
        else { return nil }
        let speaker = linker.speaker(first..<colon, agreement: .unknown, history: history)
        history.record(speaker)
        quotedUntil = max(quotedUntil, found.last + 1)
        return Quote(span: found.span, text: text.text(of: found.span), kind: .direct,
                     speaker: speaker.output(in: text))
    }

    /// Whether tokens `range` are a speaker's name and nothing else: role words (`محافظ`, `وزير`) and then one
    /// mention that ends the range, of a person or organization, or of a place after a role word (`محافظ خميس
    /// مشيط`); a place alone is a dateline (`الرياض:`), and other words make a label (`رابط الخبر:`).
    private func namesSpeaker(_ range: Range<Int>) -> Bool {
        let tokens = text.tokens
        var first = range.lowerBound
        while first < range.upperBound, tokens[first].classes.contains(.roleWord) { first += 1 }
        guard first < range.upperBound, let mention = linker.mentions.mention(at: first),
            linker.mentions.mentionStart(at: first) == first,
            (first..<range.upperBound).allSatisfy({ linker.mentions.mention(at: $0) == mention })
        else { return false }
        return mention.label == .person || mention.label == .organization
            || mention.label == .location && first > range.lowerBound
    }
}
