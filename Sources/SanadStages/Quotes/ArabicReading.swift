import SanadCore

/// The state of reading one Arabic document: the quotes so far, the speakers named so far, and how far quoted
/// content reaches.
struct ArabicReading {
    let text: QuoteText
    let syntax: ArabicSyntax
    let content: ArabicContentFinder
    let speakers: ArabicSpeakerFinder
    var linker: SpeakerLinker
    var history = SpeakerHistory()
    var quotes: [Quote] = []
    /// One past the last token of quoted content so far: cues before it are inside a statement.
    var quotedUntil = 0

    init(document: Document, text: QuoteText, lexicon: QuoteLexicon) {
        self.text = text
        linker = SpeakerLinker(document, text: text)
        syntax = ArabicSyntax(text: text, mentions: linker.mentions)
        content = ArabicContentFinder(syntax: syntax, lexicon: lexicon)
        speakers = ArabicSpeakerFinder(syntax: syntax)
    }

    /// Reads the cues of `sentence` (token range) in order; a cue whose subject is evidence (`تشير الدلائل`) reports
    /// nothing.
    mutating func read(_ sentence: Range<Int>, sourceQuotes: Bool) {
        var subject: SpeakerMention?
        let quotesBefore = quotes.count
        if sentence.lowerBound >= quotedUntil, let headline = headlineQuote(sentence) {
            quotes.append(headline)
            return
        }
        var index = max(sentence.lowerBound, quotedUntil)
        while index < sentence.upperBound {
            guard let form = text.tokens[index].cue, speakers.startsClause(cue: index) else {
                index += 1
                continue
            }
            let start = content.start(afterCue: index)
            let named = speakers.subject(cue: index, contentStart: start?.token)
            if let named, text.tokens[named.lowerBound].classes.contains(.evidenceNoun) {
                index += 1
                continue
            }
            let speaker = resolveSpeaker(cue: index, form: form, named: named, subject: subject, sentence: sentence)
            if let speaker, subject == nil || speaker.resolution == .explicit || speaker.resolution == .role {
                subject = speaker
            }
            var found = start.flatMap { content.content(from: $0) }
            if found == nil, form.role == .verb, let before = quotationBefore(cue: index) {
                found = content.content(from: before)
            }
            guard var found else {
                index += 1
                continue
            }
            while true {
                var next = nextQuotation(after: found.last)
                while found.kind != .direct, let more = next.flatMap({ content.content(from: $0) }) {
                    found = (Span(start: found.span.start, end: text.tokens[more.last].end), .mixed, more.last)
                    next = nextQuotation(after: found.last)
                }
                add(found.span, found.kind, cue: index, lemma: content.lexicon.cues.lemma(of: form), speaker: speaker)
                quotedUntil = max(quotedUntil, found.last + 1)
                guard let more = next.flatMap({ content.content(from: $0) }) else { break }
                found = more
            }
            index = max(index + 1, quotedUntil)
        }
        if sourceQuotes, quotes.count == quotesBefore, quotedUntil <= sentence.lowerBound,
            let attributed = sourceQuote(in: sentence)
        {
            quotes.append(attributed)
        }
    }

    // MARK: - Speakers

    /// The speaker of the cue at `cue`: the subject `named` next to it, or carried.
    private mutating func resolveSpeaker(
        cue: Int, form: CueForm, named: Range<Int>?, subject: SpeakerMention?, sentence: Range<Int>
    ) -> SpeakerMention? {
        let tokens = text.tokens
        if let named {
            let speaker = linker.speaker(named, agreement: form.agreement, history: history)
            history.record(speaker)
            return speaker
        }
        let sentenceNumber = tokens[cue].sentence
        var agreement = form.agreement
        var resolution = Quote.Speaker.Resolution.carried
        if cue > sentence.lowerBound, !tokens[cue - 1].classes.intersection(.pronoun).isEmpty {
            agreement = tokens[cue - 1].classes.pronounAgreement
            resolution = .pronoun
        }
        let continues = form.role != .verb || resolution == .pronoun
            || cue > sentence.lowerBound && !tokens[cue].cueAfterConjunction
        if continues, let subject, agreement.accepts(subject.agreement) {
            return subject.carried(as: resolution, to: sentenceNumber)
        }
        if form.role != .verb, subject == nil, let opening = openingSubject(of: sentence, agreement: agreement) {
            history.record(opening)
            return opening.carried(as: .carried, to: sentenceNumber)
        }
        if let earlier = history.latest(accepting: agreement) {
            return earlier.carried(as: resolution, to: sentenceNumber)
        }
        guard let person = recentPerson(before: cue) else { return nil }
        return linker.speaker(person, agreement: agreement, history: history, confidence: 0.6)
            .carried(as: resolution, to: sentenceNumber)
    }

    /// The subject that opens a sentence whose verb is not a cue (`وأشاد سرحان بمواقف …، مؤكداً أن`): a person or
    /// organization mention right after its first word (quotation marks aside).
    private mutating func openingSubject(of sentence: Range<Int>, agreement: Agreement) -> SpeakerMention? {
        var first = sentence.lowerBound + 1
        while first < sentence.upperBound, text.tokens[first].kind == .quotationMark { first += 1 }
        guard first < sentence.upperBound, let mention = linker.mentions.mention(at: first),
            mention.label == .person || mention.label == .organization,
            linker.mentions.mentionStart(at: first) == first
        else { return nil }
        var last = first
        while last + 1 < sentence.upperBound, linker.mentions.mention(at: last + 1) == mention { last += 1 }
        return linker.speaker(first..<(last + 1), agreement: agreement, history: history, confidence: 0.75)
    }

    /// The latest person mention before token `cue` within ``ArabicQuoteFinder/personLookback`` sentences (and
    /// ``ArabicQuoteFinder/personLookbackTokens`` tokens), outside quoted content
    /// (`وأجرى محام … يدعى ديفيد هوفمان التحقيق … . وقال إن`).
    private func recentPerson(before cue: Int) -> Range<Int>? {
        let firstSentence = max(0, text.tokens[cue].sentence - ArabicQuoteFinder.personLookback)
        let first = max(text.sentences[firstSentence].lowerBound, cue - ArabicQuoteFinder.personLookbackTokens)
        var index = cue - 1
        while index >= first {
            if let mention = linker.mentions.mention(at: index), mention.label == .person,
                !quotes.reversed().prefix(while: { $0.end > mention.start }).contains(where: {
                    $0.span.overlaps(mention.span)
                })
            {
                return linker.mentions.mentionStart(at: index)..<(index + 1)
            }
            index -= 1
        }
        return nil
    }

    // MARK: - Quotations around a cue

    /// A quotation that follows the content ending at token `last` with only punctuation between, within the
    /// paragraph (`وقال: «…».. «…»`), and is not itself followed by a cue of its own (`«…»، قال الوزير`).
    private func nextQuotation(after last: Int) -> ContentStart? {
        let tokens = text.tokens
        var index = last + 1
        while index < tokens.count, index - last <= 3, tokens[index].isPunctuation,
            tokens[index].kind != .colon
        {
            index += 1
        }
        guard index > last + 1 || tokens[last].kind == .quotationMark, index < tokens.count,
            tokens[index].paragraph == tokens[last].paragraph, tokens[index].kind == .quotationMark,
            tokens[index].opens, tokens[index].pair > index + 1
        else { return nil }
        var after = tokens[index].pair + 1
        if after < tokens.count, tokens[after].kind == .comma { after += 1 }
        if after < tokens.count, tokens[after].cue != nil { return nil }
        return ContentStart(token: index, form: .quotation)
    }

    /// A quotation right before the verb cue at `cue` and its comma (`«…»، قال الوزير`), after any quoted content.
    private func quotationBefore(cue: Int) -> ContentStart? {
        let tokens = text.tokens
        var closer = cue - 1
        if closer >= 0, tokens[closer].kind == .comma { closer -= 1 }
        guard closer > quotedUntil, tokens[closer].kind == .quotationMark, !tokens[closer].opens,
            tokens[closer].pair >= quotedUntil
        else { return nil }
        return ContentStart(token: tokens[closer].pair, form: .quotation)
    }

    // MARK: - Output

    /// Adds the quote with content `span` reported by the cue at token `cue`.
    private mutating func add(_ span: Span, _ kind: Quote.Kind, cue: Int, lemma: String, speaker: SpeakerMention?) {
        let cue = cueSpan(cue, afterConjunction: text.tokens[cue].cueAfterConjunction)
        quotes.append(Quote(span: span, text: text.text(of: span), kind: kind,
                            cue: Quote.Cue(span: cue, text: text.text(of: cue), lemma: lemma),
                            speaker: speaker?.output(in: text)))
    }

    /// The span of the cue word at token `index`, without its leading conjunction (`قال` in `وقال`) when the word
    /// was matched `afterConjunction`.
    func cueSpan(_ index: Int, afterConjunction: Bool) -> Span {
        let token = text.tokens[index]
        var start = token.start
        if afterConjunction {
            start += 1
            while start < token.end - 1, QuoteWordKey.fold(text.scalars[start].value) == 0 { start += 1 }
        }
        return Span(start: start, end: token.end)
    }
}
