/// How the `quotes` stage compares words: a 64-bit key of the word's folded letters.
///
/// Folding merges the spellings news writers mix (`أكد`/`اكد`, `مشيراً`/`مشيرا`, `وزارة`/`وزاره`, `إلى`/`الى`, `Said`/
/// `said`): diacritics, tatweel and joiners are dropped, hamza and madda alefs become bare alef, alef maqsura becomes
/// yeh, teh marbuta becomes heh, Latin letters are lower-cased. The stage reads the original text, so it works with
/// or without a `normalize` stage before it. Keys are FNV-1a hashes: nothing is allocated per word.
enum QuoteWordKey {
    /// The key of no letters.
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The folded forms of the code points below 0x700 (ASCII, Latin and Arabic), for ``fold(_:table:)``.
    static let foldTable: [UInt16] = (0..<0x700).map { UInt16(fold($0)) }

    /// The folded form of code point `value` read from `table` (``foldTable``, fetched once by loops over a whole
    /// document): one load instead of a jump through ``fold(_:)``'s switch, whose target changes from letter to letter.
    @inline(__always)
    static func fold(_ value: UInt32, table: [UInt16]) -> UInt32 {
        value < UInt32(table.count) ? UInt32(table[Int(value)]) : fold(value)
    }

    /// The folded form of code point `value`, or 0 when it has no letter to compare.
    static func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A: return value + 0x20
        case 0x0622, 0x0623, 0x0625, 0x0671: return 0x0627
        case 0x0649, 0x06CC: return 0x064A
        case 0x0629: return 0x0647
        case 0x06A9: return 0x0643
        case 0x0610...0x061A, 0x0640, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x200C, 0x200D, 0x2019:
            return 0
        default: return value
        }
    }

    /// Extends `key` with one folded letter.
    @inline(__always)
    static func adding(_ letter: UInt32, to key: UInt64) -> UInt64 {
        (key ^ UInt64(letter)) &* 0x0000_0100_0000_01B3
    }

    /// Whether folded letter `letter` is the conjunction و or ف that news attaches to cues (`وقال`, `فأكد`).
    @inline(__always)
    static func isConjunction(_ letter: UInt32) -> Bool { letter == 0x0648 || letter == 0x0641 }

    /// The key of `word` as written in a lexicon file.
    static func key(_ word: Substring) -> UInt64 {
        var key = empty
        for scalar in word.unicodeScalars {
            let letter = fold(scalar.value)
            if letter != 0 { key = adding(letter, to: key) }
        }
        return key
    }

    /// The key of a word without a leading conjunction and article (`والوزير` → `وزير`), for comparing the words of
    /// two references to one speaker.
    static func stemKey(_ word: ArraySlice<Unicode.Scalar>) -> UInt64 {
        // The first three letters decide what is left out; a second pass hashes the rest.
        var count = 0
        var leading: (UInt32, UInt32, UInt32) = (0, 0, 0)
        for scalar in word {
            let letter = fold(scalar.value)
            guard letter != 0 else { continue }
            switch count {
            case 0: leading.0 = letter
            case 1: leading.1 = letter
            case 2: leading.2 = letter
            default: break
            }
            count += 1
        }
        var skipped = count > 3 && isConjunction(leading.0) ? 1 : 0
        let article = skipped == 1 ? (leading.1, leading.2) : (leading.0, leading.1)
        if count - skipped > 4, article == (0x0627, 0x0644) { skipped += 2 }
        var key = empty
        var index = 0
        for scalar in word {
            let letter = fold(scalar.value)
            guard letter != 0 else { continue }
            if index >= skipped { key = adding(letter, to: key) }
            index += 1
        }
        return key
    }

    /// The keys of the words of `text` (`_` or spaces between words), for multi-word entries.
    static func keys(_ text: Substring) -> [UInt64] {
        text.split(whereSeparator: { $0 == "_" || $0 == " " }).map { key($0) }
    }
}
