/// The per-code-point rules of one `normalize` configuration, as a flat table over the Basic Multilingual Plane.
///
/// Entry `s` holds the ``ScalarRule`` in its top byte and the replacement code point below; an entry equal to `s`
/// itself means "keep", so the hot loop decides the common case with one load and one compare. Every rule concerns
/// BMP code points, so anything above keeps.
struct ScalarRuleTable: Sendable {
    /// Code points below this have an entry; all others keep.
    static let limit = 0x10000

    /// One entry per BMP code point.
    let entries: [UInt32]

    /// Builds the table for `options`.
    init(options: NormalizeOptions) {
        var entries = (0..<UInt32(Self.limit)).map { $0 }
        func set(_ scalars: [ClosedRange<UInt32>], _ rule: ScalarRule, to replacement: (UInt32) -> UInt32 = { $0 }) {
            for range in scalars {
                for value in range { entries[Int(value)] = UInt32(rule.rawValue) << 24 | replacement(value) }
            }
        }
        if options.diacritics == .remove { set(ArabicCodePoints.diacritics, .diacritic) }
        if options.tatweel == .remove { set([ArabicCodePoints.tatweel], .tatweel) }
        if options.alef { set(ArabicCodePoints.alefVariants, .alef) { _ in ArabicCodePoints.alef } }
        if options.alefMaqsura { set([ArabicCodePoints.alefMaqsura], .alefMaqsura) { _ in ArabicCodePoints.yeh } }
        if options.tehMarbuta { set([ArabicCodePoints.tehMarbuta], .tehMarbuta) { _ in ArabicCodePoints.heh } }
        if options.digits {
            for digits in [ArabicCodePoints.arabicIndicDigits, ArabicCodePoints.persianDigits] {
                set([digits], .digit) { $0 - digits.lowerBound + 0x30 }
            }
        }
        if options.quotes {
            set(PunctuationCodePoints.doubleQuotes, .quote) { _ in 0x22 }
            set(PunctuationCodePoints.singleQuotes, .quote) { _ in 0x27 }
        }
        if options.controls == .remove { set(PunctuationCodePoints.invisibleControls, .control) }
        if options.whitespace == .collapse {
            set(PunctuationCodePoints.horizontalSpaces, .space)
            set(PunctuationCodePoints.lineBreaks, .lineBreak)
            set([PunctuationCodePoints.carriageReturn], .carriageReturn)
        }
        self.entries = entries
    }

    /// The rule stored in a table entry.
    @inline(__always)
    static func rule(of entry: UInt32) -> ScalarRule {
        ScalarRule(rawValue: UInt8(truncatingIfNeeded: entry >> 24)) ?? .keep
    }

    /// The rule of an entry if it is one of the whitespace rules, decided by comparing the rule byte alone: the
    /// builder's most frequent case after keep is a space.
    @inline(__always)
    static func whitespaceRule(of entry: UInt32) -> ScalarRule? {
        switch UInt8(truncatingIfNeeded: entry >> 24) {
        case ScalarRule.space.rawValue: .space
        case ScalarRule.lineBreak.rawValue: .lineBreak
        case ScalarRule.carriageReturn.rawValue: .carriageReturn
        default: nil
        }
    }

    /// The replacement code point, read from a table entry.
    @inline(__always)
    static func replacement(of entry: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(entry & 0x1F_FFFF) ?? "\u{FFFD}"
    }
}
