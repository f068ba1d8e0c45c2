/// The roles a function word plays around reporting cues, one bit each; the sections of a word-list resource.
struct WordClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

    /// Opens a reported clause: `أن`, `إنه`, `بأن`, `that`.
    static let complementizer = WordClass(rawValue: 1 << 0)
    /// May stand between a cue and its complementizer: `إلى` in `أشار إلى أن`.
    static let contentPreposition = WordClass(rawValue: 1 << 1)
    /// Makes a following complementizer belong to another clause: `بعد` in `بعد أن`.
    static let notBeforeComplementizer = WordClass(rawValue: 1 << 2)
    /// Ends a speaker's name: adjuncts of time, place, medium (`خلال`, `أمس`).
    static let speakerStop = WordClass(rawValue: 1 << 3)
    /// Makes `في …` an adjunct rather than part of a name: `بيان` in `في بيان`.
    static let adjunctNoun = WordClass(rawValue: 1 << 4)
    /// Never starts a speaker's name.
    static let notSpeaker = WordClass(rawValue: 1 << 5)
    /// A form of `كان`, whose subject precedes a later cue.
    static let kana = WordClass(rawValue: 1 << 6)
    /// A relative pronoun: `التي` in `المحكمة، التي قالت`.
    static let relative = WordClass(rawValue: 1 << 7)
    /// Carries a masculine pronoun for the speaker: `لكنه`, `he`.
    static let pronounMasculine = WordClass(rawValue: 1 << 8)
    /// Carries a feminine pronoun for the speaker: `لكنها`, `she`.
    static let pronounFeminine = WordClass(rawValue: 1 << 9)
    /// A plural pronoun for the speaker: `they`.
    static let pronounPlural = WordClass(rawValue: 1 << 10)
    /// Names where a report comes from: `بحسب`, `according to`.
    static let sourcePhrase = WordClass(rawValue: 1 << 11)
    /// Stands between a source phrase and the source: `ما` in `بحسب ما ذكر`.
    static let sourceLink = WordClass(rawValue: 1 << 12)
    /// May stand between a comma and the next cue: `لكنه` in `…، لكنه أشار`.
    static let cueLink = WordClass(rawValue: 1 << 13)
    /// Returns to the narrator after a comma: `في غضون ذلك`.
    static let narratorOpening = WordClass(rawValue: 1 << 14)
    /// May stand inside an English speaker's description: `spokesman`, `of`.
    static let speakerWord = WordClass(rawValue: 1 << 15)
    /// The listener a cue is told to, not its speaker: `reporters` in `told reporters`.
    static let listener = WordClass(rawValue: 1 << 16)
    /// A preposition that makes an adjunct of the words after it when they are adjunct nouns: `في` in `في بيان`.
    static let adjunctPreposition = WordClass(rawValue: 1 << 17)
    /// A preposition written apart from its noun (`لـ`, `بـ`): it ends a name, and a quotation after it is a name.
    static let attachedPreposition = WordClass(rawValue: 1 << 18)
    /// The preposition after which a relaying cue names the original speaker: `عن` in `نقلت الصحيفة عن مسؤول`.
    static let relayPreposition = WordClass(rawValue: 1 << 19)
    /// The preposition whose noun complement is a warning cue's content: `من` in `حذر من تفاقم الأزمة`.
    static let nominalPreposition = WordClass(rawValue: 1 << 20)
    /// A particle between a subject and its verb: `قد` in `وكان الوزير قد أكد`.
    static let verbParticle = WordClass(rawValue: 1 << 21)
    /// A medium or audience: with `ل` it ends a name (`لوكالة الأنباء`).
    static let mediumNoun = WordClass(rawValue: 1 << 22)
    /// Goes on with a name despite its preposition: `باسم` in `المتحدث باسم الوزارة`.
    static let nameWord = WordClass(rawValue: 1 << 23)
    /// A word of time or manner that may stand between a cue and its subject: `أمس` in `حذرت أمس منظمات`.
    static let timeWord = WordClass(rawValue: 1 << 24)
    /// Joins the words of an English speaker's description: `for`, `the` in `a spokesman for the ministry`.
    static let speakerLink = WordClass(rawValue: 1 << 25)
    /// Makes an English speaker an organization, which `he` / `she` cannot refer to: `ministry`.
    static let organizationWord = WordClass(rawValue: 1 << 26)
    /// Heads a role phrase that the entity links may tie to a person: `رئيس`, `الوزير`, `minister`.
    static let roleWord = WordClass(rawValue: 1 << 27)
    /// A noun of evidence, never a speaker: a cue whose subject starts with one reports nothing (`تشير الدلائل`).
    static let evidenceNoun = WordClass(rawValue: 1 << 28)
    /// A preposition with a pronoun between a cue and its subject: `فيه` in `دعا فيه خطيب المسجد`.
    static let pronounAdjunct = WordClass(rawValue: 1 << 29)
    /// Opens an apposition after a comma: `وهو` in `عبد الفتاح، وهو مهاجر مغربي،`.
    static let appositionPronoun = WordClass(rawValue: 1 << 30)
    /// A cue form written like a common other word, a cue only right before a complementizer: `بين` (`بيّن`).
    static let complementizerOnlyCue = WordClass(rawValue: 1 << 31)

    /// Every class with the section name that lists it in a word-list resource.
    static let sections: [(name: String, wordClass: WordClass)] = [
        ("complementizers", .complementizer), ("content-prepositions", .contentPreposition),
        ("not-before-complementizer", .notBeforeComplementizer), ("speaker-stops", .speakerStop),
        ("adjunct-nouns", .adjunctNoun), ("not-speakers", .notSpeaker), ("kana", .kana), ("relatives", .relative),
        ("pronouns-masculine", .pronounMasculine), ("pronouns-feminine", .pronounFeminine),
        ("pronouns-plural", .pronounPlural), ("source-phrases", .sourcePhrase), ("source-links", .sourceLink),
        ("cue-links", .cueLink), ("narrator-openings", .narratorOpening), ("speaker-words", .speakerWord),
        ("listeners", .listener), ("adjunct-prepositions", .adjunctPreposition),
        ("attached-prepositions", .attachedPreposition), ("relay-prepositions", .relayPreposition),
        ("nominal-prepositions", .nominalPreposition), ("verb-particles", .verbParticle),
        ("medium-nouns", .mediumNoun), ("name-words", .nameWord), ("time-words", .timeWord),
        ("speaker-links", .speakerLink), ("organization-words", .organizationWord),
        ("role-words", .roleWord), ("evidence-nouns", .evidenceNoun), ("pronoun-adjuncts", .pronounAdjunct),
        ("apposition-pronouns", .appositionPronoun), ("complementizer-only-cues", .complementizerOnlyCue),
    ]

    /// Any pronoun class.
    static let pronoun: WordClass = [.pronounMasculine, .pronounFeminine, .pronounPlural]

    /// The gender a pronoun class gives the speaker.
    var pronounAgreement: Agreement {
        if contains(.pronounFeminine) { return .feminine }
        if contains(.pronounMasculine) || contains(.pronounPlural) { return .masculine }
        return .unknown
    }
}
