/// How the keyword statistics compare words: spelling variants merged, so `الحكومة`, `والحكومه` and `حكومةٌ` count
/// as one term once their clitics are off.
///
/// Diacritics, tatweel and invisible joiners are dropped, `أ إ آ ٱ` become `ا`, `ة` becomes `ه`, Latin letters are
/// lower-cased. Alef maqsura stays: folding it would merge `على` (on, a stopword) with the name `علي`.
enum TermKey {
    /// The key of original code points `scalars[range]`.
    static func of(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var key = String.UnicodeScalarView()
        for index in range {
            let value = scalars[index].value
            switch value {
            case 0x41...0x5A: key.append(Unicode.Scalar(value + 0x20)!)
            case 0x0622, 0x0623, 0x0625, 0x0671: key.append("\u{0627}")
            case 0x0629: key.append("\u{0647}")
            case 0x0610...0x061A, 0x0640, 0x064B...0x065F, 0x0670, 0x200B...0x200F: continue
            default: key.append(scalars[index])
            }
        }
        return String(key)
    }

    /// The key of a word as written in a list (stopwords, options).
    static func of(_ word: String) -> String {
        let scalars = Array(word.unicodeScalars)
        return of(scalars, 0..<scalars.count)
    }

    /// The number of letters in a key (code points; keys hold no marks).
    static func length(_ key: String) -> Int { key.unicodeScalars.count }
}
