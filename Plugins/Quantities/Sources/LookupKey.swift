/// How the lexicon compares words: spelling variants merged, so `أكثر`, `اكثر` and `أكْثَر` are one key.
///
/// Diacritics, tatweel and joiners are dropped; `أ إ آ ٱ` become `ا`, `ى` becomes `ي`, `ة` becomes `ه`;
/// Arabic-Indic and Persian digits become ASCII digits; Latin letters are lower-cased; a final `.` after a Latin word
/// goes (`Jan.`). The same folding builds the lexicon and reads the tokens, so it does not matter whether (or how)
/// `normalize` ran before the stage. Keys are code point values, compared without building strings.
enum LookupKey {
    /// Replaces `key` with the key of original code points `scalars[range]`.
    static func fold(_ scalars: [Unicode.Scalar], _ range: Range<Int>, into key: inout [UInt32]) {
        key.removeAll(keepingCapacity: true)
        for index in range {
            let folded = fold(scalars[index].value)
            if folded != 0 { key.append(folded) }
        }
        if key.count > 1, key[key.count - 1] == 0x2E, key[0] < 0x80 { key.removeLast() }
    }

    /// The key of a word as written in the lexicon tables.
    static func of(_ word: Substring) -> [UInt32] {
        let scalars = Array(word.unicodeScalars)
        var key: [UInt32] = []
        fold(scalars, 0..<scalars.count, into: &key)
        return key
    }

    /// The folded code point for `value`, or 0 when it is dropped.
    @inline(__always) private static func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A: return value + 0x20
        case 0x0622, 0x0623, 0x0625, 0x0671: return 0x0627
        case 0x0649: return 0x064A
        case 0x0629: return 0x0647
        case 0x0660...0x0669: return value - 0x0660 + 0x30
        case 0x06F0...0x06F9: return value - 0x06F0 + 0x30
        case 0x0610...0x061A, 0x0640, 0x064B...0x065F, 0x0670, 0x200B...0x200F: return 0
        default: return value
        }
    }
}
