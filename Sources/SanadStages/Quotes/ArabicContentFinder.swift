import SanadCore

/// Finds what an Arabic reporting cue reports: where its content starts after the cue (past the speaker and any
/// adjuncts), and where it ends.
///
/// Content forms: a clause opened by `أن / إن / بأن` (also after `إلى`, `على`, `عن`: `أشار إلى أن`), words in
/// quotation marks, speech after a colon, and the noun after `من` for a warning (`حذر من`). A clause ends at the end of
/// its sentence or at a boundary (``opensBoundary(afterComma:)``: `…، مشيراً إلى أن …` makes two quotes);
/// quotation marks opened inside a clause are kept whole (a mixed quote).
struct ArabicContentFinder {
    /// How far after a cue its content may start, in tokens (a long subject with adjuncts:
    /// `وقالت مصادر مقربة من تلك اللقاءات، في اتصالات لـ«الشرق الأوسط» من صنعاء، إن …`).
    static let window = 40
    /// Fewest words of a quotation that stands apart from its cue and speaker and still counts as speech.
    static let minimumSpeechWords = 4

    let syntax: ArabicSyntax
    let lexicon: QuoteLexicon

    private var text: QuoteText { syntax.text }
    private var speakers: ArabicSpeakerFinder { ArabicSpeakerFinder(syntax: syntax) }

    /// Where the content of the cue at token `cue` starts, or nil when the cue reports nothing there: the first
    /// complementizer, colon, quotation that is speech, or noun of a warning past the speaker and adjuncts. Another
    /// cue that starts a clause ends the search, except inside an apposition (`وقال عبد الفتاح، وهو مهاجر …، وتابع
    /// الجلسات …: «…»`).
    func start(afterCue cue: Int) -> ContentStart? {
        let tokens = text.tokens
        guard let form = tokens[cue].cue else { return nil }
        let sentenceEnd = text.sentences[tokens[cue].sentence].upperBound
        let limit = min(sentenceEnd, cue + 1 + Self.window)
        let nameEnd = form.role == .verb ? syntax.name(from: cue + 1, end: limit)?.upperBound : nil
        var inApposition = false
        var index = cue + 1
        while index < limit {
            let token = tokens[index]
            switch token.kind {
            case .sentenceEnd:
                return nil
            case .comma where index + 1 < limit && tokens[index + 1].classes.contains(.appositionPronoun):
                inApposition = true
            case .colon:
                guard index + 1 < tokens.count, tokens[index + 1].paragraph == token.paragraph else { return nil }
                return tokens[index + 1].kind == .quotationMark && tokens[index + 1].opens
                    ? ContentStart(token: index + 1, form: .quotation) : ContentStart(token: index + 1, form: .colon)
            case .quotationMark where token.opens:
                if isSpeech(quotationAt: index, adjacent: index == cue + 1 || index == nameEnd) {
                    return ContentStart(token: index, form: .quotation)
                }
                guard token.pair > index else { return nil }
                index = token.pair + 1
                continue
            case .word:
                if token.classes.contains(.complementizer) {
                    guard opensContent(complementizerAt: index, cue: cue) else { return nil }
                    return ContentStart(token: index, form: .clause)
                }
                if form.takesNominalContent, token.classes.contains(.nominalPreposition), index + 1 < limit {
                    if tokens[index + 1].classes.contains(.complementizer) {
                        return ContentStart(token: index + 1, form: .clause)
                    }
                    if tokens[index + 1].isWord { return ContentStart(token: index + 1, form: .nominal) }
                }
                if let other = token.cue, other.role != .verbalNoun, !inApposition,
                    syntax.startsClauseByPosition(cue: index)
                {
                    return nil
                }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// The content that starts at `start`: its span (without trailing punctuation or the quotation marks around a
    /// direct quote), its kind, and the last token it takes up (a closing mark included).
    func content(from start: ContentStart) -> (span: Span, kind: Quote.Kind, last: Int)? {
        let tokens = text.tokens
        switch start.form {
        case .quotation:
            let opener = tokens[start.token]
            if opener.pair > start.token + 1 {
                return trimmed(start.token + 1, opener.pair).map { ($0.span, .direct, opener.pair) }
            }
            guard opener.pair < 0 else { return nil }
            let end = clauseEnd(from: start.token + 1, limit: paragraphEnd(of: start.token))
            return trimmed(start.token + 1, end).map { ($0.span, .direct, $0.last) }
        case .clause, .colon, .nominal:
            let end = clauseEnd(from: start.token, limit: text.sentences[tokens[start.token].sentence].upperBound)
            guard let (span, last) = trimmed(start.token, end) else { return nil }
            let quotes = (start.token...last).contains { tokens[$0].kind == .quotationMark && tokens[$0].pair > $0 }
            let kind: Quote.Kind =
                start.form == .colon && !tokens[start.token].classes.contains(.complementizer)
                ? .direct : (quotes ? .mixed : .indirect)
            return (span, kind, last)
        }
    }

    /// Whether a comma at `comma` is followed by something that ends the content before it: a participle (a new
    /// statement by the same speaker, `…، مؤكداً قرب دحر …`); a verb cue with content of its own — an imperfect one
    /// only with a conjunction (`…، ويضيف`), after a link (`…، لكنه يرى`) or with a subject of its own, since a bare
    /// imperfect usually goes on with the clause (`أن سلوك «النصرة»، يشير إلى أن …`); a verb cue after a link with a
    /// subject of its own, a new speaker (`…، بينما تشير طالبان إلى …`); a `كان` / `لكن` / `فإن` clause whose subject
    /// reports (`…، فإن خطيب جمعة النجف … حذر من …`); an attribution tail; or a return to the narrator.
    func opensBoundary(afterComma comma: Int) -> Bool {
        let next = comma + 1
        guard next < text.tokens.count, text.tokens[next].isWord else { return false }
        if lexicon.words.match(.narratorOpening, at: next, key: text.wordKey) != nil { return true }
        if text.tokens[next].classes.contains(.sourcePhrase) { return true }
        if text.tokens[next].classes.contains(.kana) { return kanaClauseReports(from: next) }
        var cue = next
        if text.tokens[cue].cue == nil, text.tokens[cue].classes.contains(.cueLink) { cue += 1 }
        guard cue < text.tokens.count, let form = text.tokens[cue].cue else { return false }
        if form.role != .verb { return true }
        let start = start(afterCue: cue)
        let linked = cue > next || text.tokens[cue].cueAfterConjunction
        if linked, speakers.subject(cue: cue, contentStart: start?.token) != nil { return true }
        guard let start else { return false }
        return !form.imperfect || linked || speakers.subject(cue: cue, contentStart: start.token) != nil
    }

    // MARK: - Private

    /// Whether the `كان` / `لكن` / `فإن` at `kana` opens a clause whose verb, a few words on, is a cue with that
    /// clause's subject.
    private func kanaClauseReports(from kana: Int) -> Bool {
        let tokens = text.tokens
        let end = min(text.sentences[tokens[kana].sentence].upperBound, kana + ArabicSpeakerFinder.maximumKanaDistance)
        guard let cue = (kana + 1..<end).first(where: { tokens[$0].cue?.role == .verb }) else { return false }
        return speakers.subject(cue: cue, contentStart: nil)?.lowerBound == kana + 1
    }

    /// Whether the token at `cue` is a verb cue that names a speaker of its own and reports something
    /// (`… فيما أكد وزير الدفاع أن …`): a new statement even without a comma before its link.
    private func introducesSpeaker(cue: Int) -> Bool {
        guard cue < text.tokens.count, text.tokens[cue].cue?.role == .verb, let start = start(afterCue: cue) else {
            return false
        }
        return speakers.subject(cue: cue, contentStart: start.token) != nil
    }

    /// Whether a quotation opened at `opener` inside a cue's window is what the cue reports rather than a name in
    /// quotation marks (`لـ«الشرق الأوسط»`, `تنظيم «فجر ليبيا»`, `أفراد "القوة السورية الجديدة"`).
    ///
    /// A quotation followed by a complementizer is the subject (`وقالت «جبهة النصرة» إن`), and one glued to a
    /// preposition (`لـ«…»`, `بـ«…»`) a name. Right after the cue or its speaker's name (`adjacent`), a quotation
    /// that ends its clause is speech. Elsewhere names are short: a quotation is speech when it has at least
    /// ``minimumSpeechWords`` words and ends its clause (or stands adjacent), or a word more when the sentence goes
    /// on after it (`وأفاد «المرصد السوري» أمس` is a name).
    private func isSpeech(quotationAt opener: Int, adjacent: Bool) -> Bool {
        let tokens = text.tokens
        if opener > 0, tokens[opener - 1].classes.contains(.attachedPreposition) { return false }
        let closer = tokens[opener].pair
        guard closer > opener else { return closer < 0 }
        let words = (opener + 1..<closer).reduce(0) { $0 + (tokens[$1].isWord ? 1 : 0) }
        let after = closer + 1
        let endsParagraph = after >= tokens.count || tokens[after].paragraph != tokens[closer].paragraph
        var next = after
        if !endsParagraph, tokens[next].kind == .comma { next += 1 }
        if next < tokens.count, tokens[next].classes.contains(.complementizer) { return false }
        let endsClause = endsParagraph || [.sentenceEnd, .comma, .dash].contains(tokens[after].kind)
        if adjacent, endsClause { return words >= 1 }
        return words >= Self.minimumSpeechWords + (endsClause || adjacent ? 0 : 1)
    }

    /// Whether the complementizer at `index` opens the cue's content: the word before it (or before its
    /// preposition, `إلى أن`) does not bind it to another clause (`بعد أن`, `من الممكن أن`).
    private func opensContent(complementizerAt index: Int, cue: Int) -> Bool {
        var before = index - 1
        if before > cue, text.tokens[before].classes.contains(.contentPreposition) { before -= 1 }
        return before == cue || !text.tokens[before].classes.contains(.notBeforeComplementizer)
    }

    /// The token index where a content that starts at `first` stops (exclusive), at most `limit`: before a comma
    /// that opens a boundary, before a link that brings a new speaker (`فيما أكد وزير الدفاع`), before a participle
    /// or verb that brings direct speech of its own (`… قائلاً: «…»`), or at the dash or parenthesis that closes an
    /// aside the content started in (`-الذي قال المرصد إنه أسفر عن مقتل 13 شخصا-`). Quotation marks opened in the
    /// content are kept whole, past the end of their sentence (`: إن "… والشيوخ... وبعد مشاورات …"`).
    private func clauseEnd(from first: Int, limit: Int) -> Int {
        let tokens = text.tokens
        let aside = closingAside(before: first)
        var limit = limit
        var index = first + 1
        while index < limit {
            let token = tokens[index]
            if token.kind == .quotationMark, token.opens, token.pair > index {
                index = token.pair + 1
                if index > limit { limit = text.sentences[tokens[token.pair].sentence].upperBound }
                continue
            }
            if let aside, token.kind == aside { return index }
            if token.kind == .comma, opensBoundary(afterComma: index) { return index }
            if token.isWord, token.cue == nil, token.classes.contains(.cueLink), introducesSpeaker(cue: index + 1) {
                return index
            }
            if token.cue != nil, token.cue?.role != .verbalNoun, syntax.startsClauseByPosition(cue: index),
                let start = start(afterCue: index), start.form == .quotation || start.form == .colon
            {
                return index
            }
            index += 1
        }
        return limit
    }

    /// The kind of token that closes an aside (a dash or a parenthesis) left open before token `first` in its
    /// sentence, if any.
    private func closingAside(before first: Int) -> QuoteToken.Kind? {
        let tokens = text.tokens
        var dashes = 0
        var parentheses = 0
        for index in text.sentences[tokens[first].sentence].lowerBound..<first {
            switch tokens[index].kind {
            case .dash: dashes += 1
            case .openParenthesis: parentheses += 1
            case .closeParenthesis: parentheses = max(0, parentheses - 1)
            default: break
            }
        }
        if parentheses > 0 { return .closeParenthesis }
        return dashes % 2 == 1 ? .dash : nil
    }

    /// The span of tokens `first..<end` without trailing punctuation, and its last token.
    private func trimmed(_ first: Int, _ end: Int) -> (span: Span, last: Int)? {
        var last = end - 1
        while last >= first, text.tokens[last].isPunctuation { last -= 1 }
        guard last >= first else { return nil }
        return (text.span(first, through: last), last)
    }

    /// One past the last token of the paragraph of token `index`.
    private func paragraphEnd(of index: Int) -> Int {
        var end = index + 1
        while end < text.tokens.count, text.tokens[end].paragraph == text.tokens[index].paragraph { end += 1 }
        return end
    }
}
