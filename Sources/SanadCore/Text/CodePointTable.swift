/// Words by a small integer id, looked up from their folded code points — the table a stage builds once for its
/// word lists and consults per token.
///
/// A key is found by an FNV-1a hash checked against the stored word, so no string is built, hashed or compared per
/// token: Swift's `String` hashing normalizes non-ASCII text, which made string keys the main cost of the plugins
/// that first used this. How words are folded into keys is the caller's choice.
public struct CodePointTable: Sendable {
    /// The folded code points of every word, by id.
    private var words: [[UInt32]] = []
    /// The first id of each hash, and the next id with the same hash (-1 for none).
    private var firstWithHash: [UInt64: Int32] = [:]
    private var nextWithHash: [Int32] = []

    /// An empty table.
    public init() {}

    /// The number of words.
    public var count: Int { words.count }

    /// The id of `key`, adding it when new, and whether it was new.
    public mutating func intern(_ key: [UInt32]) -> (id: Int, isNew: Bool) {
        let hash = Self.hash(key)
        if let id = find(key, hash: hash) { return (id, false) }
        let id = Int32(words.count)
        words.append(key)
        nextWithHash.append(firstWithHash[hash] ?? -1)
        firstWithHash[hash] = id
        return (Int(id), true)
    }

    /// The id of `key`, or nil when no word has it.
    public func id(of key: [UInt32]) -> Int? { find(key, hash: Self.hash(key)) }

    private func find(_ key: [UInt32], hash: UInt64) -> Int? {
        var candidate = firstWithHash[hash] ?? -1
        while candidate >= 0 {
            if words[Int(candidate)] == key { return Int(candidate) }
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
