import SanadCore

/// Source phrases (`بحسب`، `وفقاً لـ`، `نقلاً عن`): the statement they attribute when no cue reported anything in
/// their sentence.
extension ArabicReading {
    /// The statement a source phrase attributes in `sentence`: the clause before `…، بحسب X`, or the clause after
    /// `وبحسب X، …` at the start of the sentence (unless a cue follows, which then names the source as its speaker).
    mutating func sourceQuote(in sentence: Range<Int>) -> Quote? {
        let tokens = text.tokens
        guard let phrase = sentence.first(where: { tokens[$0].isWord && tokens[$0].classes.contains(.sourcePhrase) }),
            phrase == sentence.lowerBound || tokens[phrase - 1].kind == .comma
        else { return nil }
        guard phrase == sentence.lowerBound || sentence.upperBound - phrase <= ArabicQuoteFinder.sourceTailLength else {
            return nil
        }
        var first = phrase + 1
        while first < sentence.upperBound,
            !tokens[first].classes.isDisjoint(with: [.sourceLink, .adjunctNoun]) || tokens[first].cue != nil
        {
            first += 1
        }
        guard let source = syntax.name(from: first, end: sentence.upperBound, afterPreposition: true) else {
            return nil
        }
        let clause: (first: Int, end: Int)
        if phrase == sentence.lowerBound {
            guard source.upperBound + 1 < sentence.upperBound, tokens[source.upperBound].kind == .comma,
                tokens[source.upperBound + 1].cue == nil
            else { return nil }
            clause = (source.upperBound + 1, sentence.upperBound)
        } else {
            clause = (sentence.lowerBound, phrase - 1)
        }
        var last = clause.end - 1
        while last >= clause.first, tokens[last].isPunctuation { last -= 1 }
        guard last > clause.first else { return nil }
        let speaker = linker.speaker(source, agreement: .unknown, history: history, confidence: 0.8,
                                     withoutPreposition: true)
        history.record(speaker)
        let span = text.span(clause.first, through: last)
        let cue = cueSpan(phrase, afterConjunction: !content.lexicon.words.classes(of: tokens[phrase].key)
            .contains(.sourcePhrase))
        return Quote(span: span, text: text.text(of: span), kind: .indirect,
                     cue: Quote.Cue(span: cue, text: text.text(of: cue), lemma: text.text(of: cue)),
                     speaker: speaker.output(in: text))
    }
}
