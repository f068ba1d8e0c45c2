/// The words the lexicon knows, each with a small integer id.
///
/// A token's key is looked up once, by an FNV-1a hash of its folded code points checked against the stored word, and
/// the grammar then compares ids: no string is built, hashed or compared per token (Swift's `String` hashing
/// normalizes non-ASCII text, which made string keys the stage's main cost).
struct Vocabulary {
    /// The folded code points of every word, by id.
    private(set) var words: [[UInt32]] = []
    /// The first id of each hash, and the next id with the same hash (-1 for none).
    private var firstWithHash: [UInt64: Int32] = [:]
    private var nextWithHash: [Int32] = []

    /// The number of words.
    var count: Int { words.count }

    /// The id of `key`, adding it when new.
    mutating func intern(_ key: [UInt32]) -> Int32 {
        if let id = id(of: key) { return id }
        let id = Int32(words.count)
        let hash = Self.hash(key)
        words.append(key)
        nextWithHash.append(firstWithHash[hash] ?? -1)
        firstWithHash[hash] = id
        return id
    }

    /// The id of `key`, or nil when no word has it.
    func id(of key: [UInt32]) -> Int32? {
        var candidate = firstWithHash[Self.hash(key)] ?? -1
        while candidate >= 0 {
            if words[Int(candidate)] == key { return candidate }
            candidate = nextWithHash[Int(candidate)]
        }
        return nil
    }

    /// FNV-1a over the code point values.
    private static func hash(_ key: [UInt32]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in key {
            hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
