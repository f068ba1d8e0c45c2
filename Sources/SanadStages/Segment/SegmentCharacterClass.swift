/// What the segmenter needs to know about one code point: which kind of token it can start or continue.
enum SegmentCharacterClass: UInt8 {
    /// Spaces and tabs (U+0020, U+0009, NBSP, the U+2000 spaces, U+3000…): separate tokens.
    case space
    /// Line feed, carriage return, U+0085, U+2028, U+2029, vertical tab, form feed: separate tokens and may end
    /// sentences.
    case lineBreak
    /// Invisible format characters (zero-width joiners and spaces, bidi marks, BOM, soft hyphen): part of a word
    /// when between two of its letters, skipped elsewhere.
    case format
    /// Arabic-script letters, including presentation forms.
    case arabicLetter
    /// Arabic diacritics, Quranic marks and tatweel: continue an Arabic word.
    case arabicMark
    /// Letters of other scripts (Latin, Greek, Cyrillic, CJK…).
    case letter
    /// Combining marks of other scripts: continue a word.
    case mark
    /// ASCII digits 0–9.
    case digit
    /// Arabic-Indic (U+0660–U+0669) and Eastern Arabic-Indic (U+06F0–U+06F9) digits.
    case arabicDigit
    /// Punctuation (general categories P*).
    case punctuation
    /// Symbols (general categories S*, percent signs, other numbers) and anything else.
    case symbol
}

/// The code point classification table, built once, and the rule for code points beyond it.
enum SegmentCharacterClasses {
    /// One class per code point below ``tableSize``.
    static let table: [SegmentCharacterClass] = (0..<UInt32(tableSize)).map { classify($0) }

    /// Code points below this are looked up in ``table`` (it covers Latin, Arabic, general punctuation and
    /// currency); the rest go through ``classify(_:)``.
    static let tableSize = 0x3100

    /// The class of code point `value`, from the Unicode character database with the segmenter's overrides.
    static func classify(_ value: UInt32) -> SegmentCharacterClass {
        if let arabic = arabicClass(value) { return arabic }
        switch value {
        case 0x09, 0x20: return .space
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return .lineBreak
        case 0x00AD, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: return .format
        case 0x25, 0x066A, 0x2030, 0x2031: return .symbol
        case 0x30...0x39: return .digit
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .symbol }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .spaceSeparator: return .space
        case .lineSeparator, .paragraphSeparator: return .lineBreak
        case .control, .format: return .format
        default: return .symbol
        }
    }

    /// The class of an Arabic-script code point, or nil for other scripts.
    private static func arabicClass(_ value: UInt32) -> SegmentCharacterClass? {
        switch value {
        case 0x0621...0x063F, 0x0641...0x064A, 0x066E, 0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE, 0x06EF,
            0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x08A0...0x08C9, 0xFB50...0xFD3D, 0xFD50...0xFDFB,
            0xFE70...0xFEFC:
            return .arabicLetter
        case 0x0610...0x061A, 0x0640, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E8, 0x06EA...0x06ED,
            0x08CA...0x08FF:
            return .arabicMark
        case 0x0660...0x0669, 0x06F0...0x06F9: return .arabicDigit
        default: return nil
        }
    }
}
