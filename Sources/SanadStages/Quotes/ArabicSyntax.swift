/// The pieces of Arabic clause structure that finding contents and finding speakers share: where a clause starts
/// and how far a name runs.
struct ArabicSyntax {
    /// Longest name, in tokens.
    static let maximumNameLength = 10
    /// Classes of words that end a name (and never start one).
    static let nameEnds: WordClass = [.speakerStop, .timeWord, .pronounAdjunct, .complementizer, .relative, .kana,
                                      .attachedPreposition, .sourcePhrase]

    let text: QuoteText
    let mentions: TokenMentions

    /// Whether the cue at `cue` starts a clause by its position alone: it is a participle or verbal noun, or a verb
    /// at the start of its sentence, after punctuation, with a conjunction (`وقال`), or after a link (`لكنه`, `كما`,
    /// `حيث`, `بعدما`), `قد`, a relative pronoun or a word of time (`هذا الشهر قالت`). A verb after its subject
    /// (`وكان الوزير قد أكد`) is found by ``ArabicSpeakerFinder``.
    func startsClauseByPosition(cue: Int) -> Bool {
        let token = text.tokens[cue]
        guard token.cue?.role == .verb else { return token.cue != nil }
        if token.cueAfterConjunction || cue == text.sentences[token.sentence].lowerBound { return true }
        let before = text.tokens[cue - 1]
        return !before.isWord
            || !before.classes.isDisjoint(with: [.cueLink, .relative, .pronoun, .verbParticle, .timeWord])
    }

    /// Whether the cue at `cue` is directly followed by what it reports (a complementizer, a colon or a quotation
    /// within its next three tokens): a reporting clause of its own rather than a noun (`كشف هذه الممارسات`).
    func reportsDirectly(cue: Int) -> Bool {
        let tokens = text.tokens
        for index in (cue + 1)..<min(tokens.count, cue + 4) {
            let token = tokens[index]
            if token.kind == .colon || token.kind == .quotationMark && token.opens
                || token.classes.contains(.complementizer)
            {
                return true
            }
            if token.kind == .sentenceEnd { return false }
        }
        return false
    }

    /// The name that starts at token `first`, before `end`: words up to an adjunct (`في بيان`, `خلال`, `لوكالة`,
    /// `بالقول`, `أمس`; a genitive `ل` goes on: `المرصد السوري لحقوق الإنسان`), punctuation, a complementizer or a
    /// cue, over short names in quotation marks
    /// (`مدير «المرصد السوري لحقوق الإنسان» رامي عبد الرحمن`). When it holds a person's name it ends with the first
    /// one (`ديتر هيكينغ` in `ديتر هيكينغ المدير الفني لفولفسبورغ`).
    /// Its first word may carry a preposition only when `afterPreposition` (a source: `وفقاً لصحيفة …`).
    func name(from first: Int, end: Int, afterPreposition: Bool = false) -> Range<Int>? {
        let tokens = text.tokens
        guard first < end, tokens[first].isWord, afterPreposition || !tokens[first].prepositionClitic,
            tokens[first].classes.isDisjoint(with: Self.nameEnds.union([.notSpeaker, .adjunctPreposition,
                                                                        .contentPreposition]))
        else { return nil }
        var index = first
        while index < end, index - first < Self.maximumNameLength {
            let token = tokens[index]
            if token.kind == .quotationMark, token.opens, token.pair > index, token.pair - index <= 6,
                token.pair + 1 < end, tokens[token.pair + 1].isWord
                    || tokens[token.pair + 1].kind == .comma && index > first
            {
                index = token.pair + 1
                continue
            }
            if token.classes.contains(.attachedPreposition),
                let person = quotedNameBeforePerson(at: index + 1, end: end)
            {
                index = person
                continue
            }
            guard token.isWord, token.cue == nil,
                token.classes.isDisjoint(with: Self.nameEnds)
            else { break }
            if index > first, token.prepositionClitic, !token.classes.contains(.nameWord),
                !token.lamPreposition || token.classes.contains(.mediumNoun)
            {
                break
            }
            if token.classes.contains(.adjunctPreposition),
                index + 1 >= end || tokens[index + 1].classes.contains(.adjunctNoun) || !tokens[index + 1].isWord
            {
                break
            }
            index += 1
        }
        while index > first + 1, tokens[index - 1].classes.contains(.contentPreposition) { index -= 1 }
        guard index > first else { return nil }
        if let person = mentions.firstPersonEnd(in: first..<index) { return first..<(person + 1) }
        return first..<index
    }

    /// Where the subject of a verb cue may start after token `after`: past words of time (`حذرت أمس منظمات`),
    /// prepositions with a pronoun (`دعا فيه خطيب المسجد`) and a medium in quotation marks or named as an entity
    /// (`قال لـ«الشرق الأوسط» أحد منظميها`, `قالت لوكالة فرانس برس مصادر`).
    func subjectStart(after cue: Int, end: Int) -> Int {
        let tokens = text.tokens
        var index = cue + 1
        while index < end {
            let token = tokens[index]
            if !token.classes.isDisjoint(with: [.timeWord, .pronounAdjunct]) {
                index += 1
                continue
            }
            let medium = token.classes.contains(.mediumNoun) && token.prepositionClitic
            guard token.classes.contains(.attachedPreposition) || medium else { return index }
            if let after = nameInQuotationMarks(at: index + 1, end: end) {
                index = after
            } else if medium, index + 1 < end, let mention = mentions.mention(at: index + 1), mention.label != .person {
                index += 1
                while index < end, mentions.mention(at: index) == mention { index += 1 }
            } else {
                return index
            }
        }
        return index
    }

    /// The token after a short name in quotation marks opened at `opener` (`«الشرق الأوسط»`), if there is one.
    private func nameInQuotationMarks(at opener: Int, end: Int) -> Int? {
        let tokens = text.tokens
        guard opener < end, tokens[opener].kind == .quotationMark, tokens[opener].opens, tokens[opener].pair > opener,
            tokens[opener].pair - opener <= 6, tokens[opener].pair + 1 < end
        else { return nil }
        return tokens[opener].pair + 1
    }

    /// When a short quoted name at `opener` is followed by a person's name (`الأمين العام لـ«أوبك» عبد الله البدري`),
    /// the token where that person's name starts: a name goes on over `لـ«…»` then.
    private func quotedNameBeforePerson(at opener: Int, end: Int) -> Int? {
        let tokens = text.tokens
        guard opener < end, tokens[opener].kind == .quotationMark, tokens[opener].opens,
            tokens[opener].pair > opener, tokens[opener].pair - opener <= 6, tokens[opener].pair + 1 < end,
            mentions.mention(at: tokens[opener].pair + 1)?.label == .person
        else { return nil }
        return tokens[opener].pair + 1
    }

    /// The name that ends at token `last`, not before `first` (a relative pronoun's antecedent): its mention, or
    /// up to five words before it.
    func name(endingAt last: Int, first: Int) -> Range<Int>? {
        let tokens = text.tokens
        guard last >= first, tokens[last].isWord else { return nil }
        if mentions.mention(at: last) != nil { return mentions.mentionStart(at: last)..<(last + 1) }
        var start = last
        while start > first, last - start < 5 {
            let previous = tokens[start - 1]
            guard previous.isWord, previous.cue == nil,
                previous.classes.isDisjoint(with: Self.nameEnds.union([.adjunctNoun, .adjunctPreposition]))
            else { break }
            start -= 1
        }
        return start..<(last + 1)
    }
}
