/// A hash table from folded Arabic words to what the clitic analysis knows about them.
///
/// Keys are looked up straight from a buffer of folded letters (any slice of a word), so analysing a token builds
/// no strings. Filled once, then read-only and shared.
///
/// The table is larger than the processor's fast caches, so what a lookup costs is the memory it touches. Each word
/// is one record of 16-bit units in ``records`` — its entry, then its letters — so finding a word reads one place
/// (20 bytes for a word of six letters); the hash table itself (open addressing, linear probing) is a small array of
/// four-byte slots, each holding a word's record and twelve bits of its hash, so probing for an absent word stays in
/// a quarter of a megabyte and hardly ever reads a record; in front of the slots, a bit filter (32 KB by default)
/// answers most lookups of absent words without probing at all.
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

    /// The layout of a record in ``records``.
    private enum Record {
        /// Units before the letters: the count's low and high halves, the length with the flags above it, and the
        /// proclitics (``unanalyzed`` before they are recorded).
        static let header = 4
        static let unanalyzed = UInt16.max

        static func entry(_ record: UnsafePointer<UInt16>) -> Entry {
            Entry(
                count: Int32(bitPattern: UInt32(record[0]) | UInt32(record[1]) << 16),
                flags: CliticWordFlags(rawValue: UInt8(record[2] >> 8)),
                proclitics: record[3] == unanalyzed ? nil : UInt8(record[3]))
        }

        static func store(_ entry: Entry, length: Int, into record: UnsafeMutablePointer<UInt16>) {
            let count = UInt32(bitPattern: entry.count)
            record[0] = UInt16(truncatingIfNeeded: count)
            record[1] = UInt16(truncatingIfNeeded: count >> 16)
            record[2] = UInt16(length) | UInt16(entry.flags.rawValue) << 8
            record[3] = entry.proclitics.map(UInt16.init) ?? unanalyzed
        }

        static func length(_ record: UnsafePointer<UInt16>) -> Int { Int(record[2] & 0xFF) }
    }

    /// A slot holds the offset of a record plus one in its low ``offsetBits`` and the top bits of the word's hash
    /// above; 0 is an empty slot.
    private static let offsetBits: UInt32 = 20

    /// Every word's record, one after the other.
    private var records: [UInt16] = []
    private var slots: [UInt32] = Array(repeating: 0, count: 1 << 10)
    /// Two bits per word, both in one 64-bit unit chosen by its hash (see ``filterBits(of:)``): a word whose two bits
    /// are not both set is absent, known without probing ``slots``. Half the lookups of the clitic analysis are for
    /// absent words (the rest of a word, without a suffix), and this filter is small enough to stay in the
    /// processor's fast caches, where the slots are not.
    private var filter: [UInt64]

    /// The filter has `2^filterSize` bits.
    private let filterSize: Int

    /// Number of words in the table.
    private(set) var count = 0

    /// An empty table whose filter has `2^filterSize` bits: the default suits the clitic lexicon's 30,000 words, a
    /// small table wants a small filter (a few bits per word) so that it all stays in the processor's fast caches.
    init(filterSize: Int = 18) {
        precondition((7...32).contains(filterSize), "a table's filter has 2^7 to 2^32 bits")
        self.filterSize = filterSize
        filter = [UInt64](repeating: 0, count: 1 << (filterSize - 6))
    }

    /// Makes room for `words` words of `letters` letters in all, so that filling the table neither rehashes it nor
    /// copies its records as they grow (most of what building the clitic lexicon's table otherwise spends beyond
    /// reading its words). The table ends the same as without: the slots grow by the same doublings.
    mutating func reserve(words: Int, letters: Int) {
        records.reserveCapacity(records.count + words * Record.header + letters)
        while (count + words) * 2 > slots.count { grow() }
    }

    /// Changes the entry of `key` (creating an empty one first if needed).
    mutating func update(_ key: [UInt16], _ change: (inout Entry) -> Void) {
        precondition(!key.isEmpty && key.count <= Int(UInt8.max), "a table key must have 1 to 255 letters")
        let hash = key.withUnsafeBufferPointer { Self.hash($0.baseAddress!, $0.count) }
        let found = key.withUnsafeBufferPointer { find($0.baseAddress!, $0.count, hash: hash) }
        let offset: Int
        var entry = Entry()
        if found >= 0 {
            offset = found
            entry = records.withUnsafeBufferPointer { Record.entry($0.baseAddress! + offset) }
        } else {
            offset = records.count
            precondition(
                offset + 1 < 1 << Self.offsetBits, "the clitic lexicon outgrew its table (\(count) words)")
            if (count + 1) * 2 > slots.count { grow() }
            records.append(contentsOf: repeatElement(0, count: Record.header))
            records.append(contentsOf: key)
            slots[emptySlot(for: hash)] = Self.slot(offset: offset, hash: hash)
            let (unit, bits) = filterBits(of: hash)
            filter[unit] |= bits
            count += 1
        }
        change(&entry)
        records.withUnsafeMutableBufferPointer { Record.store(entry, length: key.count, into: $0.baseAddress! + offset) }
    }

    /// Records for every word the number of its letters that `analyze` (given the letters and their number) says
    /// are proclitics, as its ``Entry/proclitics``: the analysis of the words most frequent in text is then a
    /// single lookup.
    mutating func recordProclitics(_ analyze: (UnsafePointer<UInt16>, Int) -> Int) {
        var analyses: [(offset: Int, proclitics: UInt16)] = []
        analyses.reserveCapacity(count)
        forEachRecord { offset, letters, length in analyses.append((offset, UInt16(analyze(letters, length)))) }
        for (offset, proclitics) in analyses { records[offset + 3] = proclitics }
    }

    /// The words whose entry passes `keep`, with their entries, as a new table whose filter has `2^filterSize` bits.
    func subset(filterSize: Int, where keep: (Entry) -> Bool) -> FoldedWordTable {
        var subset = FoldedWordTable(filterSize: filterSize)
        forEachRecord { offset, letters, length in
            let entry = records.withUnsafeBufferPointer { Record.entry($0.baseAddress! + offset) }
            if keep(entry) { subset.update(Array(UnsafeBufferPointer(start: letters, count: length))) { $0 = entry } }
        }
        return subset
    }

    /// Calls `body` with the offset, letters and number of letters of every record, in order.
    private func forEachRecord(_ body: (Int, UnsafePointer<UInt16>, Int) -> Void) {
        records.withUnsafeBufferPointer { records in
            var offset = 0
            while offset < records.count {
                let length = Record.length(records.baseAddress! + offset)
                body(offset, records.baseAddress! + offset + Record.header, length)
                offset += Record.header + length
            }
        }
    }

    /// The entry of the `length` letters at `word`, or nil.
    @inline(__always) func lookup(_ word: UnsafePointer<UInt16>, _ length: Int) -> Entry? {
        guard length > 0 && length <= Int(UInt8.max) else { return nil }
        let offset = find(word, length, hash: Self.hash(word, length))
        return offset >= 0 ? records.withUnsafeBufferPointer { Record.entry($0.baseAddress! + offset) } : nil
    }

    /// Corpus count of the `length` letters at `word` (0 when absent).
    @inline(__always) func count(_ word: UnsafePointer<UInt16>, _ length: Int) -> Int {
        Int(lookup(word, length)?.count ?? 0)
    }

    /// Whether the `length` letters at `word` are in a hand list marked `flag`.
    @inline(__always) func contains(_ word: UnsafePointer<UInt16>, _ length: Int, _ flag: CliticWordFlags) -> Bool {
        lookup(word, length)?.flags.contains(flag) ?? false
    }

    /// The offset of the record of the `length` letters at `word`, or -1.
    private func find(_ word: UnsafePointer<UInt16>, _ length: Int, hash: UInt32) -> Int {
        let (unit, bits) = filterBits(of: hash)
        guard filter.withUnsafeBufferPointer({ $0[unit] }) & bits == bits else { return -1 }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        let tag = hash >> Self.offsetBits
        return slots.withUnsafeBufferPointer { slots in
            records.withUnsafeBufferPointer { records in
                while true {
                    let probe = slots[slot]
                    if probe == 0 { return -1 }
                    if probe >> Self.offsetBits == tag {
                        let offset = Int(probe & (1 << Self.offsetBits - 1)) - 1
                        let record = records.baseAddress! + offset
                        if Record.length(record) == length && Self.same(record + Record.header, word, length) {
                            return offset
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The unit of ``filter`` for a word with `hash`, and its two bits there: the unit from the hash's top bits (the
    /// best mixed of FNV-1a), the bits from a multiple of it.
    @inline(__always) private func filterBits(of hash: UInt32) -> (unit: Int, bits: UInt64) {
        let mixed = hash &* 0x9E37_79B1
        let unit = Int(hash >> UInt32(32 - (filterSize - 6)))
        return (unit, 1 << UInt64(mixed >> 26) | 1 << UInt64((mixed >> 20) & 63))
    }

    /// The slot value for the record at `offset` of a word with `hash`.
    private static func slot(offset: Int, hash: UInt32) -> UInt32 {
        (hash >> offsetBits) << offsetBits | UInt32(offset + 1)
    }

    /// The first free slot on the probe path of `hash`.
    private func emptySlot(for hash: UInt32) -> Int {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        return slot
    }

    /// Doubles the slots and puts every word back.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        var offset = 0
        while offset < records.count {
            let length = records.withUnsafeBufferPointer { Record.length($0.baseAddress! + offset) }
            let hash = records.withUnsafeBufferPointer { Self.hash($0.baseAddress! + offset + Record.header, length) }
            slots[emptySlot(for: hash)] = Self.slot(offset: offset, hash: hash)
            offset += Record.header + length
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
