/// What a word of a cue lexicon is: a form of a reporting verb, with the verb's lemma and what it agrees with.
struct CueForm: Sendable {
    /// How the form relates to the speaker.
    enum Role: Sendable {
        /// A finite verb (`قال`, `وأكدت`, `said`): its subject is the speaker, written or implicit.
        case verb
        /// A circumstantial participle (`مشيراً`, `adding`): it continues the speaker of its clause.
        case participle
        /// A verbal noun with the speaker's pronoun (`بقوله`): it also continues the speaker of its clause.
        case verbalNoun
    }

    /// The verb's dictionary form (`قال` for `وقالت`), as its index in the lexicon's lemmas (see
    /// ``CueLexicon/lemma(of:)``): a number rather than a `String` keeps forms, and the tokens that carry them, plain
    /// data that is copied without reference counting.
    let lemma: Int32
    /// Verb, participle or verbal noun.
    let role: Role
    /// Whether a verb form is imperfect (`يشير`, `says`): after a comma it usually goes on with the clause rather than
    /// start a new statement.
    var imperfect = false
    /// The gender the form demands of its subject.
    let agreement: Agreement
    /// Whether the verb relays another's words, naming the original speaker after a preposition
    /// (`نقلت الصحيفة عن مسؤول`).
    var relays = false
    /// Whether the verb's content may be the noun after a preposition (`حذر من تفاقم الأزمة`).
    var takesNominalContent = false
    /// Whether the verb names its listener before its content (`told reporters that …`).
    var addressesListener = false
}
