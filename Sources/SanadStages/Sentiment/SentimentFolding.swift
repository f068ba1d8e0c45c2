/// The light, self-contained normalization that sentiment matching applies to every code point.
///
/// It works whether or not a `normalize` stage ran: diacritics and tatweel disappear, alef variants become `ا`,
/// `ى` becomes `ي`, `ة` becomes `ه`, hamza seats `ؤ`/`ئ` become `و`/`ي`, Persian `ک`/`ی` become `ك`/`ي`,
/// Arabic-Indic digits become ASCII and ASCII capitals become lowercase. Lexicon entries and model features go
/// through the same function, so both sides of every comparison agree.
enum SentimentFolding {
    /// The folded form of `value`, or `nil` when the code point is dropped (diacritics, tatweel, joiners,
    /// emoji variation selectors and skin-tone modifiers).
    @inline(__always)
    static func fold(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x41...0x5A: return value + 0x20
        case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED: return nil
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627
        case 0x0649, 0x06CC, 0x0626: return 0x064A
        case 0x0629: return 0x0647
        case 0x0624: return 0x0648
        case 0x06A9: return 0x0643
        case 0x0660...0x0669: return value - 0x0660 + 0x30
        case 0x06F0...0x06F9: return value - 0x06F0 + 0x30
        case 0x200B...0x200F, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF: return nil
        default: return value
        }
    }

    /// The folded form of a whole string (used for lexicon entries, not on the hot path).
    static func fold(_ text: String) -> [UInt32] {
        text.unicodeScalars.compactMap { fold($0.value) }
    }

    /// The folded words of a space-separated term (a lexicon or modifier entry).
    static func words(of term: Substring) -> [[UInt32]] {
        term.split(separator: " ").map { fold(String($0)) }.filter { !$0.isEmpty }
    }
}
