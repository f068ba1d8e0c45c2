/// The quotation marks, controls and whitespace that `normalize` folds, removes or collapses.
enum PunctuationCodePoints {
    /// “ ” „ ‟ « » ″, folded to `"`.
    static let doubleQuotes: [ClosedRange<UInt32>] = [
        0x201C...0x201F, 0x00AB...0x00AB, 0x00BB...0x00BB, 0x2033...0x2033,
    ]
    /// ‘ ’ ‚ ‛, folded to `'`.
    static let singleQuotes: [ClosedRange<UInt32>] = [0x2018...0x201B]
    /// Soft hyphen, Arabic letter mark, zero-width space/non-joiner/joiner, LRM, RLM, bidi embeddings and overrides,
    /// word joiner, bidi isolates, byte order mark.
    static let invisibleControls: [ClosedRange<UInt32>] = [
        0x00AD...0x00AD, 0x061C...0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2060, 0x2066...0x2069,
        0xFEFF...0xFEFF,
    ]
    /// Tab, space, no-break space, Ogham space mark, the en quad…hair spaces, narrow no-break space, medium
    /// mathematical space, ideographic space.
    static let horizontalSpaces: [ClosedRange<UInt32>] = [
        0x0009...0x0009, 0x0020...0x0020, 0x00A0...0x00A0, 0x1680...0x1680, 0x2000...0x200A, 0x202F...0x202F,
        0x205F...0x205F, 0x3000...0x3000,
    ]
    /// Line feed, vertical tab, form feed, next line, line separator, paragraph separator.
    static let lineBreaks: [ClosedRange<UInt32>] = [0x000A...0x000C, 0x0085...0x0085, 0x2028...0x2029]
    /// Carriage return, which with a following line feed makes one line break.
    static let carriageReturn: ClosedRange<UInt32> = 0x000D...0x000D
}
