/// A hash table from folded Arabic words to what the clitic analysis knows about them.
///
/// Keys are looked up straight from a buffer of folded letters (any slice of a word), so analysing a token builds
/// no strings. Open addressing with linear probing; filled once, then read-only and shared.
///
/// Each slot keeps the key's hash beside its index, so probing for a word that is not there (most lookups of the
/// analysis) reads the slot array only; a word's letters and entry are read only when its hash matches. The table
/// is much larger than the processor's fast caches, and each extra array touched per probe was a memory access.
struct FoldedWordTable: Sendable {
    /// What the table holds for one word.
    struct Entry: Sendable {
        /// How often the word occurs in the reference corpus (0 when it is only in a hand list).
        var count: Int32 = 0
        /// Which hand lists the word is in.
        var flags: CliticWordFlags = []
    }

    /// One word: where its letters are in ``letters``, and its entry.
    private struct Word {
        var start: Int32
        var length: Int32
        var entry: Entry
    }

    /// A slot of the hash table: the hash of a word and its index in ``words`` (-1 for an empty slot).
    private struct Slot {
        var hash: UInt32
        var index: Int32
    }

    private var letters: [UInt16] = []
    private var words: [Word] = []
    private var slots: [Slot] = Array(repeating: Slot(hash: 0, index: -1), count: 1 << 10)

    /// Number of words in the table.
    var count: Int { words.count }

    /// Changes the entry of `key` (creating an empty one first if needed).
    mutating func update(_ key: [UInt16], _ change: (inout Entry) -> Void) {
        precondition(!key.isEmpty && key.count <= Int(UInt8.max), "a table key must have 1 to 255 letters")
        let hash = key.withUnsafeBufferPointer { Self.hash($0.baseAddress!, $0.count) }
        let index = key.withUnsafeBufferPointer { find($0.baseAddress!, $0.count, hash: hash) }
        if index >= 0 {
            change(&words[index].entry)
            return
        }
        var entry = Entry()
        change(&entry)
        words.append(Word(start: Int32(letters.count), length: Int32(key.count), entry: entry))
        letters.append(contentsOf: key)
        if words.count * 2 > slots.count { rehash(slots.count * 2) } else { place(words.count - 1, hash: hash) }
    }

    /// The entry of the `length` letters at `word`, or nil.
    @inline(__always) func lookup(_ word: UnsafePointer<UInt16>, _ length: Int) -> Entry? {
        guard length > 0 && length <= Int(UInt8.max) else { return nil }
        let index = find(word, length, hash: Self.hash(word, length))
        return index >= 0 ? words[index].entry : nil
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
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let probe = slots[slot]
                if probe.index < 0 { return -1 }
                if probe.hash == hash && matches(Int(probe.index), word, length) { return Int(probe.index) }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether word `index` of the table is the `length` letters at `word`.
    private func matches(_ index: Int, _ word: UnsafePointer<UInt16>, _ length: Int) -> Bool {
        let stored = words[index]
        guard Int(stored.length) == length else { return false }
        return letters.withUnsafeBufferPointer { Self.same($0.baseAddress! + Int(stored.start), word, length) }
    }

    private mutating func place(_ index: Int, hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot].index >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(hash: hash, index: Int32(index))
    }

    private mutating func rehash(_ size: Int) {
        slots = Array(repeating: Slot(hash: 0, index: -1), count: size)
        for index in words.indices {
            let word = words[index]
            let hash = letters.withUnsafeBufferPointer { Self.hash($0.baseAddress! + Int(word.start), Int(word.length)) }
            place(index, hash: hash)
        }
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
