/// What the per-code-point step of `normalize` does with one code point (after the Unicode form).
///
/// Stored in the top byte of a ``ScalarRuleTable`` entry, so one load decides the common case.
enum ScalarRule: UInt8 {
    /// Copy it unchanged.
    case keep
    /// Replace an alef variant by bare alef.
    case alef
    /// Replace alef maqsura by yeh.
    case alefMaqsura
    /// Replace teh marbuta by heh.
    case tehMarbuta
    /// Replace an Arabic-Indic or Persian digit by its ASCII digit.
    case digit
    /// Replace a typographic quotation mark by an ASCII one.
    case quote
    /// Drop a diacritic, extending the span of the preceding output over it.
    case diacritic
    /// Drop a tatweel, extending the span of the preceding output over it.
    case tatweel
    /// Drop an invisible control, leaving a gap in the alignment.
    case control
    /// Horizontal whitespace: part of a run that collapses to one space.
    case space
    /// A line break other than carriage return.
    case lineBreak
    /// A carriage return: a line break, merged with a `\n` right after it.
    case carriageReturn
}
