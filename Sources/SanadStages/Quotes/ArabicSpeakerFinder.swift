/// Finds the speaker an Arabic reporting cue names, as a token range: the subject before the cue in a `كان` / `لكن` /
/// `فإن` clause (`وكان وزير الخارجية … قد أكد`, `لكن صندوق النقد الدولي قال`), the subject right after it
/// (`وقال وزير الخارجية سامح شكري`, `نقلت الصحيفة عن مسؤول`), a relative pronoun's antecedent
/// (`المحكمة، التي قالت إن`), a name in apposition (`العميد أحمد عسيري، قال فيها`), or a source that opens the
/// sentence (`وبحسب مصادر عسكرية، أكدت`).
struct ArabicSpeakerFinder {
    /// Farthest a `كان` / `لكن` may stand before its cue, in tokens.
    static let maximumKanaDistance = 16

    let syntax: ArabicSyntax

    /// Whether the verb cue at `cue` starts a clause, as a reporting verb does: by its position
    /// (``ArabicSyntax/startsClauseByPosition(cue:)``) or after a subject opened by `كان` / `لكن`. Elsewhere the
    /// word is not a reporting verb (`هجوم شنه طالب تونسي`).
    func startsClause(cue: Int) -> Bool {
        syntax.startsClauseByPosition(cue: cue) || kanaSubject(cue: cue) != nil || initialSubject(cue: cue) != nil
    }

    /// The subject the verb cue at `cue` names, if any; the subject after it stops at `contentStart` when known.
    func subject(cue: Int, contentStart: Int?) -> Range<Int>? {
        let tokens = syntax.text.tokens
        guard let form = tokens[cue].cue, form.role == .verb else { return nil }
        let linked = tokens[cue].cueAfterConjunction
            || cue > 0 && !tokens[cue - 1].classes.isDisjoint(with: [.cueLink, .relative, .pronoun])
        if !linked, let subject = kanaSubject(cue: cue) ?? initialSubject(cue: cue) { return subject }
        let sentence = syntax.text.sentences[tokens[cue].sentence]
        let end = min(contentStart ?? sentence.upperBound, sentence.upperBound)
        if form.relays, let relay = (cue + 1..<end).first(where: { tokens[$0].classes.contains(.relayPreposition) }) {
            return syntax.name(from: relay + 1, end: end)
        }
        if let subject = syntax.name(from: syntax.subjectStart(after: cue, end: end), end: end) { return subject }
        guard !tokens[cue].cueAfterConjunction, cue >= sentence.lowerBound + 2 else { return nil }
        if tokens[cue - 1].classes.contains(.relative) {
            var last = cue - 2
            if tokens[last].kind == .comma { last -= 1 }
            return syntax.name(endingAt: last, first: sentence.lowerBound)
        }
        guard tokens[cue - 1].kind == .comma else { return nil }
        if let source = sourceSubject(sentenceStart: sentence.lowerBound, comma: cue - 1) { return source }
        if let mention = syntax.mentions.mention(at: cue - 2),
            mention.label == .person || mention.label == .organization
        {
            return syntax.mentions.mentionStart(at: cue - 2)..<(cue - 1)
        }
        return nil
    }

    // MARK: - Private

    /// The subject between a clause-initial `كان` / `لكن` / `فإن` and the verb cue at `cue`: up to a person's name
    /// in it, or else up to its first comma. A cue in between that reports something itself, or follows `قد` (the
    /// `كان`'s own verb), ends the search.
    private func kanaSubject(cue: Int) -> Range<Int>? {
        let tokens = syntax.text.tokens
        guard !tokens[cue].cueAfterConjunction else { return nil }
        let sentenceStart = syntax.text.sentences[tokens[cue].sentence].lowerBound
        var kana = cue - 1
        while kana >= sentenceStart, cue - kana <= Self.maximumKanaDistance {
            let token = tokens[kana]
            if token.kind == .sentenceEnd || token.classes.contains(.complementizer) { return nil }
            if token.cue != nil, syntax.reportsDirectly(cue: kana)
                || kana > sentenceStart && tokens[kana - 1].classes.contains(.verbParticle)
            {
                return nil
            }
            if token.isWord, token.classes.contains(.kana) { break }
            kana -= 1
        }
        guard kana >= sentenceStart, cue - kana <= Self.maximumKanaDistance,
            kana == sentenceStart || tokens[kana].bareKey != tokens[kana].key || tokens[kana - 1].isPunctuation
        else { return nil }
        var last = cue - 1
        while last > kana, !tokens[last].isWord || tokens[last].classes.contains(.verbParticle) { last -= 1 }
        guard last > kana, syntax.name(from: kana + 1, end: last + 1) != nil else { return nil }
        if let person = syntax.mentions.firstPersonEnd(in: (kana + 1)..<(last + 1)) {
            return (kana + 1)..<(person + 1)
        }
        let comma = (kana + 1...last).first { tokens[$0].kind == .comma } ?? (last + 1)
        return comma > kana + 1 ? (kana + 1)..<comma : nil
    }

    /// The subject that opens the sentence right before the verb cue at `cue`, with nothing but `قد` between
    /// (`الناشطة المدنية يسرى مجيد قالت`): a name that holds a person or organization mention or starts with a role
    /// word, so that an ordinary noun before a verb-like word (`هجوم شنه طالب`) is not taken for one.
    private func initialSubject(cue: Int) -> Range<Int>? {
        let tokens = syntax.text.tokens
        let sentenceStart = syntax.text.sentences[tokens[cue].sentence].lowerBound
        guard !tokens[cue].cueAfterConjunction, cue > sentenceStart, tokens[cue - 1].isWord else { return nil }
        var last = cue - 1
        if last > sentenceStart, tokens[last].classes.contains(.verbParticle) { last -= 1 }
        guard let name = syntax.name(from: sentenceStart, end: last + 1), name.upperBound == last + 1 else {
            return nil
        }
        let named = name.contains { index in
            guard let label = syntax.mentions.mention(at: index)?.label else { return false }
            return label == .person || label == .organization
        }
        return named || tokens[sentenceStart].classes.contains(.roleWord) ? name : nil
    }

    /// The source named at the start of the sentence before the comma at `comma` (`وبحسب مصادر عسكرية، أكدت أن`).
    private func sourceSubject(sentenceStart: Int, comma: Int) -> Range<Int>? {
        let tokens = syntax.text.tokens
        guard tokens[sentenceStart].classes.contains(.sourcePhrase) else { return nil }
        var first = sentenceStart + 1
        while first < comma, tokens[first].classes.contains(.sourceLink) || tokens[first].cue != nil { first += 1 }
        return first < comma ? first..<comma : nil
    }
}
