/// One token of a document as the `quotes` stage sees it: where it is, its word keys, what sort of mark it is, and
/// what the lexicon says about it.
struct QuoteToken {
    /// What a token is, for the stage's purposes.
    enum Kind: UInt8 {
        case word, number, comma, colon, sentenceEnd, dash, openParenthesis, closeParenthesis, quotationMark, other
    }

    /// Original offsets, in code points.
    var start: Int
    var end: Int
    /// The key of the folded word (``QuoteWordKey``).
    var key: UInt64
    /// The key without a leading conjunction و or ف (`قال` for `وقال`); equal to ``key`` when there is none.
    var bareKey: UInt64
    var kind: Kind
    /// The function-word classes of the word.
    var classes: WordClass
    /// The reporting cue the word is a form of, if any.
    var cue: CueForm?
    /// Whether the cue was found only without a leading و or ف, which the cue's span then leaves out (verbs only:
    /// `ومطالبة` is a noun, not the participle `مطالبة`).
    var cueAfterConjunction: Bool
    /// Whether the word starts with a capital letter (English names).
    var capitalized: Bool
    /// Code points of a prepositional proclitic (`ل` in `لوكالة`, `ب` in `بالقول`), article aside; 0 when none.
    var prepositionLength: Int
    /// Whether that proclitic is `ل`, the genitive preposition that often goes on with a name
    /// (`المرصد السوري لحقوق الإنسان`).
    var lamPreposition: Bool

    /// Whether the word carries a prepositional proclitic.
    var prepositionClitic: Bool { prepositionLength > 0 }
    /// Index of the sentence the token belongs to.
    var sentence: Int
    /// Index of the paragraph (text between line breaks) the token belongs to.
    var paragraph: Int
    /// For a quotation mark: the index of the mark it pairs with, or -1.
    var pair: Int = -1
    /// For a quotation mark: whether it opens its pair.
    var opens = false

    /// Whether the token is a word or a number.
    var isWord: Bool { kind == .word || kind == .number }

    /// Whether the token is punctuation that separates clauses or words (not a quotation mark).
    var isPunctuation: Bool {
        switch kind {
        case .comma, .colon, .sentenceEnd, .dash, .openParenthesis, .closeParenthesis, .other: true
        case .word, .number, .quotationMark: false
        }
    }
}
