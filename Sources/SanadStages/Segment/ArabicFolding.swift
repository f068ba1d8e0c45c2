/// How the clitic analysis compares Arabic words: by letters only, with spelling variants merged.
///
/// Diacritics, tatweel and joiners are dropped; alef with hamza or madda and alef wasla become bare alef, alef
/// maqsura becomes yeh, teh marbuta becomes heh, Persian kaf and yeh become Arabic ones. So `وَالقاهرةُ`,
/// `والقاهره` and the normalized view of either fold to the same letters, whatever normalization ran before.
enum ArabicFolding {
    /// The folded letter for code point `value`, or 0 when it has no letter to compare (a mark, tatweel, joiner).
    @inline(__always) static func fold(_ value: UInt32) -> UInt16 {
        switch value {
        case 0x0622, 0x0623, 0x0625, 0x0671: return alef
        case 0x0649, 0x06CC: return yeh
        case 0x0629: return heh
        case 0x06A9: return kaf
        case 0x0610...0x061A, 0x0640, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x200C, 0x200D: return 0
        case 0..<0x10000: return UInt16(value)
        default: return 0xFFFF
        }
    }

    /// ``fold(_:)`` of every code point below ``tableLimit`` (Latin and Arabic), for per-letter loops: a load
    /// instead of the switch's chain of range tests.
    static let table: [UInt16] = (0..<tableLimit).map { fold($0) }
    /// The first code point after the Arabic block: ``table`` covers everything before it.
    static let tableLimit: UInt32 = 0x700

    /// ``fold(_:)`` of `value`, read from `table` (the memory of ``table``) when `value` is below ``tableLimit``.
    @inline(__always) static func fold(_ value: UInt32, table: UnsafePointer<UInt16>) -> UInt16 {
        value < tableLimit ? table[Int(value)] : fold(value)
    }

    /// Whether code point `value` is an alef carrying hamza or madda (`أ إ آ`): such an alef never starts the article.
    @inline(__always) static func isHamzaAlef(_ value: UInt32) -> Bool {
        value == 0x0622 || value == 0x0623 || value == 0x0625
    }

    /// The folded letters of `word`, for building the analysis tables.
    static func fold(_ word: Substring) -> [UInt16] {
        word.unicodeScalars.map { fold($0.value) }.filter { $0 != 0 }
    }

    static let alef: UInt16 = 0x0627
    static let beh: UInt16 = 0x0628
    static let teh: UInt16 = 0x062A
    static let seen: UInt16 = 0x0633
    static let feh: UInt16 = 0x0641
    static let kaf: UInt16 = 0x0643
    static let lam: UInt16 = 0x0644
    static let noon: UInt16 = 0x0646
    static let heh: UInt16 = 0x0647
    static let waw: UInt16 = 0x0648
    static let yeh: UInt16 = 0x064A
}
