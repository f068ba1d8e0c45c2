/// A hash table from folded Arabic words to what the clitic analysis knows about them.
///
/// Keys are looked up straight from a buffer of folded letters (any slice of a word), so analysing a token builds
/// no strings. Open addressing with linear probing; filled once, then read-only and shared.
struct FoldedWordTable: Sendable {
    /// What the table holds for one word.
    struct Entry: Sendable {
        /// How often the word occurs in the reference corpus (0 when it is only in a hand list).
        var count: Int32 = 0
        /// Which hand lists the word is in.
        var flags: CliticWordFlags = []
    }

    /// Where a key's letters are in ``letters``, and its hash.
    private struct Key {
        var hash: UInt32
        var start: Int32
        var length: Int32
    }

    private var letters: [UInt16] = []
    private var keys: [Key] = []
    private var entries: [Entry] = []
    private var slots: [Int32] = Array(repeating: -1, count: 1 << 10)

    /// Number of words in the table.
    var count: Int { entries.count }

    /// Changes the entry of `key` (creating an empty one first if needed).
    mutating func update(_ key: [UInt16], _ change: (inout Entry) -> Void) {
        precondition(!key.isEmpty && key.count <= Int(UInt8.max), "a table key must have 1 to 255 letters")
        let hash = key.withUnsafeBufferPointer { Self.hash($0.baseAddress!, $0.count) }
        let index = key.withUnsafeBufferPointer { find($0.baseAddress!, $0.count, hash: hash) }
        if index >= 0 {
            change(&entries[index])
            return
        }
        var entry = Entry()
        change(&entry)
        keys.append(Key(hash: hash, start: Int32(letters.count), length: Int32(key.count)))
        letters.append(contentsOf: key)
        entries.append(entry)
        if entries.count * 2 > slots.count { rehash(slots.count * 2) } else { place(entries.count - 1) }
    }

    /// The entry of the `length` letters at `word`, or nil.
    @inline(__always) func lookup(_ word: UnsafePointer<UInt16>, _ length: Int) -> Entry? {
        guard length > 0 && length <= Int(UInt8.max) else { return nil }
        let index = find(word, length, hash: Self.hash(word, length))
        return index >= 0 ? entries[index] : nil
    }

    /// Corpus count of the `length` letters at `word` (0 when absent).
    @inline(__always) func count(_ word: UnsafePointer<UInt16>, _ length: Int) -> Int {
        Int(lookup(word, length)?.count ?? 0)
    }

    /// Whether the `length` letters at `word` are in a hand list marked `flag`.
    @inline(__always) func contains(_ word: UnsafePointer<UInt16>, _ length: Int, _ flag: CliticWordFlags) -> Bool {
        lookup(word, length)?.flags.contains(flag) ?? false
    }

    private func find(_ word: UnsafePointer<UInt16>, _ length: Int, hash: UInt32) -> Int {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        return letters.withUnsafeBufferPointer { stored in
            keys.withUnsafeBufferPointer { keys in
                slots.withUnsafeBufferPointer { slots in
                    while true {
                        let index = Int(slots[slot])
                        if index < 0 { return -1 }
                        let key = keys[index]
                        if key.hash == hash && Int(key.length) == length
                            && Self.same(stored.baseAddress! + Int(key.start), word, length)
                        {
                            return index
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(keys[index].hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
    }

    private mutating func rehash(_ size: Int) {
        slots = Array(repeating: -1, count: size)
        for index in entries.indices { place(index) }
    }

    /// Whether the `length` letters at `one` and `other` are the same.
    @inline(__always) private static func same(_ one: UnsafePointer<UInt16>, _ other: UnsafePointer<UInt16>, _ length: Int)
        -> Bool
    {
        for offset in 0..<length where one[offset] != other[offset] { return false }
        return true
    }

    /// FNV-1a over the letters.
    @inline(__always) private static func hash(_ word: UnsafePointer<UInt16>, _ length: Int) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for offset in 0..<length {
            hash = (hash ^ UInt32(word[offset])) &* 16_777_619
        }
        return hash
    }
}

/// The hand lists a folded word belongs to (see ``CliticWordLists``).
struct CliticWordFlags: OptionSet, Sendable {
    let rawValue: UInt8

    /// A whole word whose first letter is never a proclitic (`كان`, `بين`, `الذي`).
    static let whole = CliticWordFlags(rawValue: 1 << 0)
    /// A whole word whose first letter is always a proclitic (`بشأن`, `بمثابة`).
    static let split = CliticWordFlags(rawValue: 1 << 1)
    /// A stem whose first letter looks like a proclitic but is not (`وزير`, `فرنس`, `بريطان`), with any
    /// inflection tail.
    static let stem = CliticWordFlags(rawValue: 1 << 2)
    /// An inflection tail that may follow a ``stem`` (`ة`, `ات`, `يون`, `ها`, `اتهم`).
    static let tail = CliticWordFlags(rawValue: 1 << 3)
    /// A pronoun that attaches to ب and ل (`به`, `لها`, `لهم`).
    static let pronoun = CliticWordFlags(rawValue: 1 << 4)
    /// A word that follows the conjunction ف (`فإن`, `فقد`, `فهو`).
    static let afterFa = CliticWordFlags(rawValue: 1 << 5)
    /// The first four letters of some ``stem``, or a whole three-letter one (a quick test before looking for stems
    /// and tails).
    static let stemStart = CliticWordFlags(rawValue: 1 << 6)
}
