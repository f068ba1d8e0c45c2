/// A hash table from folded Arabic words to what the clitic analysis knows about them.
///
/// Keys are looked up straight from a buffer of folded letters (any slice of a word), so analysing a token builds
/// no strings. Open addressing with linear probing; filled once, then read-only and shared.
///
/// The table is larger than the processor's fast caches, so what a lookup costs is the memory it touches: each slot
/// holds a word's hash, length, entry and the place of its letters, so probing for an absent word reads the slot
/// array only, and finding a word reads its letters besides.
struct FoldedWordTable: Sendable {
    /// What the table holds for one word.
    struct Entry: Sendable {
        /// How often the word occurs in the reference corpus (0 when it is only in a hand list).
        var count: Int32 = 0
        /// Which hand lists the word is in.
        var flags: CliticWordFlags = []
        /// How many of its letters are proclitics when none of its first letters was an alef with hamza, as
        /// recorded by ``recordProclitics(_:)`` (nil before).
        var proclitics: UInt8?
    }

    /// A slot of the hash table: one word, or none when ``length`` is 0. Sixteen bytes, so four share a cache line.
    private struct Slot {
        var hash: UInt32 = 0
        /// Where the word's letters start in ``letters``.
        var start: Int32 = 0
        var count: Int32 = 0
        var length: UInt8 = 0
        var flags: CliticWordFlags = []
        /// ``Entry/proclitics``, or ``unanalyzed``.
        var proclitics: UInt8 = Slot.unanalyzed

        /// ``proclitics`` of a word not analysed yet.
        static let unanalyzed = UInt8.max

        init() {}

        init(hash: UInt32, start: Int32, length: UInt8, entry: Entry) {
            self.hash = hash
            self.start = start
            self.length = length
            self.entry = entry
        }

        /// The word's entry, stored flat.
        var entry: Entry {
            get { Entry(count: count, flags: flags, proclitics: proclitics == Slot.unanalyzed ? nil : proclitics) }
            set {
                count = newValue.count
                flags = newValue.flags
                proclitics = newValue.proclitics ?? Slot.unanalyzed
            }
        }
    }

    private var letters: [UInt16] = []
    private var slots: [Slot] = Array(repeating: Slot(), count: 1 << 10)

    /// Number of words in the table.
    private(set) var count = 0

    /// Changes the entry of `key` (creating an empty one first if needed).
    mutating func update(_ key: [UInt16], _ change: (inout Entry) -> Void) {
        precondition(!key.isEmpty && key.count <= Int(UInt8.max), "a table key must have 1 to 255 letters")
        let hash = key.withUnsafeBufferPointer { Self.hash($0.baseAddress!, $0.count) }
        var slot = key.withUnsafeBufferPointer { find($0.baseAddress!, $0.count, hash: hash) }
        if slot >= 0 {
            change(&slots[slot].entry)
            return
        }
        var entry = Entry()
        change(&entry)
        if (count + 1) * 2 > slots.count { grow() }
        slot = emptySlot(for: hash)
        slots[slot] = Slot(hash: hash, start: Int32(letters.count), length: UInt8(key.count), entry: entry)
        letters.append(contentsOf: key)
        count += 1
    }

    /// Records for every word the number of its letters that `analyze` (given the letters and their number) says
    /// are proclitics, as its ``Entry/proclitics``: the analysis of the words most frequent in text is then a
    /// single lookup.
    mutating func recordProclitics(_ analyze: (UnsafePointer<UInt16>, Int) -> Int) {
        let analyses = letters.withUnsafeBufferPointer { letters in
            slots.map { slot in
                slot.length == 0 ? Slot.unanalyzed : UInt8(analyze(letters.baseAddress! + Int(slot.start), Int(slot.length)))
            }
        }
        for index in slots.indices { slots[index].proclitics = analyses[index] }
    }

    /// The entry of the `length` letters at `word`, or nil.
    @inline(__always) func lookup(_ word: UnsafePointer<UInt16>, _ length: Int) -> Entry? {
        guard length > 0 && length <= Int(UInt8.max) else { return nil }
        let slot = find(word, length, hash: Self.hash(word, length))
        return slot >= 0 ? slots[slot].entry : nil
    }

    /// Corpus count of the `length` letters at `word` (0 when absent).
    @inline(__always) func count(_ word: UnsafePointer<UInt16>, _ length: Int) -> Int {
        Int(lookup(word, length)?.count ?? 0)
    }

    /// Whether the `length` letters at `word` are in a hand list marked `flag`.
    @inline(__always) func contains(_ word: UnsafePointer<UInt16>, _ length: Int, _ flag: CliticWordFlags) -> Bool {
        lookup(word, length)?.flags.contains(flag) ?? false
    }

    /// The slot holding the `length` letters at `word`, or -1.
    private func find(_ word: UnsafePointer<UInt16>, _ length: Int, hash: UInt32) -> Int {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            letters.withUnsafeBufferPointer { letters in
                while true {
                    let probe = slots[slot]
                    if probe.length == 0 { return -1 }
                    if probe.hash == hash && Int(probe.length) == length
                        && Self.same(letters.baseAddress! + Int(probe.start), word, length)
                    {
                        return slot
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The first free slot on the probe path of `hash`.
    private func emptySlot(for hash: UInt32) -> Int {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot].length != 0 { slot = (slot + 1) & mask }
        return slot
    }

    /// Doubles the slots and puts every word back.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        for word in old where word.length != 0 { slots[emptySlot(for: word.hash)] = word }
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
