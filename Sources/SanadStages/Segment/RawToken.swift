import SanadCore

/// A token as the tokenizer finds it in the view, with what the sentence splitter needs to know about it.
///
/// Offsets are code points of the view (normalized or identity); the stage maps them to the original text at the end.
struct RawToken {
    /// View offset of the first code point.
    var start: Int32
    /// View offset one past the last code point.
    var end: Int32
    /// The token's kind as it will be output.
    var kind: Token.Kind
    /// Facts about the token and the gap before it.
    var flags: RawTokenFlags
    /// Line breaks in the whitespace just before the token (a CR LF pair counts once), capped at 255.
    var breaksBefore: UInt8
}

/// Facts about a raw token that decide sentence boundaries.
struct RawTokenFlags: OptionSet {
    let rawValue: UInt16

    /// Whitespace (or a line break) separates the token from the one before it.
    static let spaceBefore = RawTokenFlags(rawValue: 1 << 0)
    /// Sentence-final punctuation: `.` `!` `?` `؟` `…` `۔` and runs of them (`!?`, `...`).
    static let terminal = RawTokenFlags(rawValue: 1 << 1)
    /// A mark that closes a quotation or bracket (`)` `]` `}` `»` `”` `’` `›`).
    static let closer = RawTokenFlags(rawValue: 1 << 2)
    /// A straight quote (`"` `'`), which closes a quotation when it touches the mark before it.
    static let straightQuote = RawTokenFlags(rawValue: 1 << 9)
    /// Punctuation that continues a sentence after a terminal mark (`,` `;` `:` `،` `؛`).
    static let continuation = RawTokenFlags(rawValue: 1 << 3)
    /// A word ending with an abbreviation's period (`Jan.`, `U.S.`, `J.`, `د.`), which may still end a sentence.
    static let abbreviation = RawTokenFlags(rawValue: 1 << 4)
    /// An abbreviation that never ends a sentence: a title before a name (`Mr.`, `Dr.`, `د.`) or `e.g.`.
    static let title = RawTokenFlags(rawValue: 1 << 5)
    /// Starts with a lowercase letter of a cased script: a sentence rarely starts here.
    static let lowercase = RawTokenFlags(rawValue: 1 << 6)
    /// Starts with an uppercase letter of a cased script.
    static let uppercase = RawTokenFlags(rawValue: 1 << 7)
    /// A word in Arabic script (a candidate for clitic analysis).
    static let arabic = RawTokenFlags(rawValue: 1 << 8)
}
