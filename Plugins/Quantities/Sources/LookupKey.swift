/// How the lexicon compares words: spelling variants merged, so `أكثر`, `اكثر` and `أكْثَر` are one key.
///
/// Diacritics, tatweel and joiners are dropped; `أ إ آ ٱ` become `ا`, `ى` becomes `ي`, `ة` becomes `ه`;
/// Arabic-Indic and Persian digits become ASCII digits; Latin letters are lower-cased; a final `.` after a Latin word
/// goes (`Jan.`). The same folding builds the lexicon and reads the tokens, so it does not matter whether (or how)
/// `normalize` ran before the stage.
enum LookupKey {
    /// The key of original code points `scalars[range]`.
    static func of(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var key = String.UnicodeScalarView()
        for index in range {
            if let folded = fold(scalars[index].value) { key.append(folded) }
        }
        if key.count > 1, key.last == ".", let first = key.first, first.value < 0x80 { key.removeLast() }
        return String(key)
    }

    /// The key of a phrase word as written in the lexicon tables.
    static func of(_ word: Substring) -> String {
        let scalars = Array(word.unicodeScalars)
        return of(scalars, 0..<scalars.count)
    }

    /// The folded code point for `value`, or nil when it is dropped.
    @inline(__always) private static func fold(_ value: UInt32) -> Unicode.Scalar? {
        switch value {
        case 0x41...0x5A: return Unicode.Scalar(value + 0x20)
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
        case 0x0649: return "\u{064A}"
        case 0x0629: return "\u{0647}"
        case 0x0660...0x0669: return Unicode.Scalar(value - 0x0660 + 0x30)
        case 0x06F0...0x06F9: return Unicode.Scalar(value - 0x06F0 + 0x30)
        case 0x0610...0x061A, 0x0640, 0x064B...0x065F, 0x0670, 0x200B...0x200F: return nil
        default: return Unicode.Scalar(value)
        }
    }
}
