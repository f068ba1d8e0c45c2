/// What is known about recently seen words, keyed by their 64-bit hash (``ScannedText/Token/hash``): each word's
/// ``WordFacts`` (the summed model weights of its own features, and whether it can start a lexicon or modifier
/// match). In news text most words repeat, so most words cost one probe instead of some twenty scattered weight
/// fetches (see ``FeatureHasher``) and the clitic-stripping lookups (see ``ArabicLexiconMatcher``).
///
/// The table is two-way set-associative: a word may sit in either slot of the pair its hash picks, a new word takes
/// the first slot and moves the old first to the second. A cached answer is the computed one (sums are integers,
/// flags are facts about the word alone) unless two words share 63 hash bits. The stage keeps one cache per
/// concurrent job and reuses it from document to document (see ``ScratchPool``); a cache belongs to one model and
/// one lexicon.
struct WordCache: Sendable {
    /// A slot: the word hash (lowest bit set, so 0 marks an empty slot) and its facts; 32 bytes, two to a 64-byte
    /// line.
    private struct Slot {
        var key: UInt64
        var facts: WordFacts
    }

    private var slots: [Slot]
    private let mask: Int

    /// Words longer than this are not cached, and their 32-bit ``WordFacts`` sums are not used (they could overflow).
    static let longestWord = 256

    /// A cache of the size the stage uses: 2^17 slots (4 MB). On the 6,400 articles of the Arabic benchmark corpus
    /// the stage ran 8% faster with it than with 2^16 slots, which missed about twice as often as there were
    /// distinct words, and 4% slower than with 2^18, which takes twice the memory per job.
    static func stage() -> WordCache { WordCache(slotBits: 17) }

    /// No cache: every word is computed (one-off texts, where a cache would cost more than it saves).
    static let none = WordCache(slotBits: 0)

    /// A cache of `2^slotBits` slots (0: no cache).
    init(slotBits: Int) {
        precondition((0...24).contains(slotBits))
        let count = slotBits == 0 ? 0 : 1 << slotBits
        slots = [Slot](repeating: Slot(key: 0, facts: WordFacts()), count: count)
        // Even slot indices: each set is the pair (i, i + 1).
        mask = max(0, count - 2)
    }

    /// The cached facts of the word with hash `hash` and `length` code points, or `nil` when they are not cached.
    @inline(__always)
    func cachedFacts(forWord hash: UInt64, length: Int) -> WordFacts? {
        guard let set = set(of: hash, length: length) else { return nil }
        let key = hash | 1
        return slots.withUnsafeBufferPointer { slots in
            if slots[set].key == key { return slots[set].facts }
            if slots[set + 1].key == key { return slots[set + 1].facts }
            return nil
        }
    }

    /// The facts of the word with hash `hash` and `length` code points, from the cache or else from `compute`
    /// (then cached).
    @inline(__always)
    mutating func facts(forWord hash: UInt64, length: Int, compute: () -> WordFacts) -> WordFacts {
        if let known = cachedFacts(forWord: hash, length: length) { return known }
        let computed = compute()
        guard let set = set(of: hash, length: length) else { return computed }
        slots[set + 1] = slots[set]
        slots[set] = Slot(key: hash | 1, facts: computed)
        return computed
    }

    /// The first slot of the two a word may occupy, or `nil` when the word is never cached (no cache, or too long).
    @inline(__always)
    private func set(of hash: UInt64, length: Int) -> Int? {
        guard !slots.isEmpty, length <= Self.longestWord else { return nil }
        return Int(truncatingIfNeeded: hash >> 32) & mask
    }
}
