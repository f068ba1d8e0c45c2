/// How the keyword statistics compare words: spelling variants merged, so `الحكومة`, `والحكومه` and `حكومةٌ` count
/// as one term once their clitics are off.
///
/// Diacritics, tatweel and invisible joiners are dropped, `أ إ آ ٱ` become `ا`, `ة` becomes `ه`, Latin letters are
/// lower-cased. Alef maqsura stays: folding it would merge `على` (on, a stopword) with the name `علي`. Keys are code
/// point values, compared without building strings.
enum TermKey {
    /// Replaces `key` with the key of original code points `scalars[range]`.
    static func fold(_ scalars: [Unicode.Scalar], _ range: Range<Int>, into key: inout [UInt32]) {
        key.removeAll(keepingCapacity: true)
        for index in range {
            let folded = fold(scalars[index].value)
            if folded != 0 { key.append(folded) }
        }
    }

    /// The key of a word as written in a list (stopwords, options).
    static func of(_ word: String) -> [UInt32] {
        let scalars = Array(word.unicodeScalars)
        var key: [UInt32] = []
        fold(scalars, 0..<scalars.count, into: &key)
        return key
    }

    /// The folded code point for `value`, or 0 when it is dropped.
    @inline(__always) static func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A: return value + 0x20
        case 0x0622, 0x0623, 0x0625, 0x0671: return 0x0627
        case 0x0629: return 0x0647
        case 0x0610...0x061A, 0x0640, 0x064B...0x065F, 0x0670, 0x200B...0x200F: return 0
        default: return value
        }
    }
}
