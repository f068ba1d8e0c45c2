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
                let reader = EnglishReading(text: text, lexicon: lexicon, sentence: sentence)
                if let report = reader.before(cue: index, from: consumed) ?? reader.after(cue: index, form: form) {
                    var speaker: SpeakerMention?
                    if let named = report.speaker {
                        let word = text.tokens[named.lowerBound].classes
                        if !word.isDisjoint(with: WordClass.pronoun) {
                            let personal = !word.isDisjoint(with: [.pronounMasculine, .pronounFeminine])
                            speaker = history.latest(accepting: .unknown) { !personal || !isOrganization($0) }?
                                .carried(as: .pronoun, to: number)
                        } else {
                            speaker = linker.speaker(named, agreement: .unknown, history: history)
                            if let speaker { history.record(speaker) }
                        }
                    } else {
                        speaker = subject ?? history.latest(accepting: .unknown)?.carried(as: .carried, to: number)
                    }
                    subject = speaker ?? subject
                    lastSpeaker = speaker ?? lastSpeaker
                    found.append(quote(report.content, report.kind, cue: index, lemma: lexicon.cues.lemma(of: form), speaker, text))
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

    /// Whether `speaker` is named as an organization (`the Interior Ministry`), which `he` / `she` do not refer to.
    private func isOrganization(_ speaker: SpeakerMention) -> Bool {
        speaker.words.contains { lexicon.words.classes(of: $0).contains(.organizationWord) }
    }

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
        let reader = EnglishReading(text: text, lexicon: lexicon, sentence: sentence)
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
            let reader = EnglishReading(text: text, lexicon: lexicon, sentence: sentence)
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
