import SanadCore

/// Splits the code points of a view into raw tokens: words, numbers, punctuation, symbols, URLs, e-mail addresses,
/// hashtags and mentions.
///
/// Decisions that are not obvious:
/// - A number keeps its decimal and thousands separators (`3.5`, `1,000`, `٣٫٥`), times and dates (`10:30`,
///   `2015/08/01`) and ranges written without spaces (`3-5`, `2010–2015`) as one `number` token: a range names one
///   quantity, and a later stage can still read its two ends from the text. `3 - 5` with spaces is three tokens.
/// - Digits followed by Latin letters form one word (`3D`, `1st`, `10-year-old`); digits next to Arabic letters
///   do not (`2015م` is `2015` and `م`).
/// - Hyphens and apostrophes inside Latin words stay in the word (`all-girl`, `don't`, `Afghanistan's`).
/// - An abbreviation keeps its period (`Mr.`, `U.S.`, `J.`, `د.`, `ق.م`); a sentence-final period after an
///   ordinary word is its own token.
/// - Runs of terminal marks are one token (`...`, `!?`, `؟!`).
struct Tokenizer: Sendable {
    /// Abbreviations that keep their period.
    let abbreviations: Abbreviations

    /// The raw tokens of `text`, in order.
    func tokenize(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> [RawToken] {
        var tokens: [RawToken] = []
        tokens.reserveCapacity(text.count / 5 + 4)
        SegmentCharacterClasses.table.withUnsafeBufferPointer { table in
            var scanner = TokenScanner(text: text, table: table, abbreviations: abbreviations)
            scanner.scan(into: &tokens)
        }
        return tokens
    }
}
