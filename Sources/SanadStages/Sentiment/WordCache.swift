/// What is known about recently seen words, keyed by their 64-bit hash (``ScannedText/Token/hash``): the summed
/// model weights of each word's own features (the word and its character n-grams), and whether the word can start a
/// lexicon or modifier match at all. In news text most words repeat, so most words cost one probe for their
/// features instead of some twenty scattered weight fetches (see ``FeatureHasher/sums(of:tokens:skipping:model:cache:)``),
/// and the many words that start no match skip the clitic-stripping lookups (see ``ArabicLexiconMatcher``).
///
/// Both tables are direct-mapped: a word takes the slot its hash picks and evicts whatever was there. Sums are
/// integers and flags are facts about the word alone, so a cached answer is exactly the computed one. The stage keeps
/// one cache per concurrent job and reuses it from document to document (see ``WordCachePool``); a cache belongs to
/// one model and one lexicon.
struct WordCache: Sendable {
    /// Which tables a word can start a match in.
    struct Starts: OptionSet, Sendable {
        let rawValue: UInt8
        /// The word (or its stem) starts a lexicon entry.
        static let lexicon = Starts(rawValue: 1)
        /// The word (or it without a leading conjunction) starts a modifier entry.
        static let modifier = Starts(rawValue: 2)
    }

    /// Slot keys: the word hash with its lowest bit set, so 0 marks an empty slot.
    private var featureKeys: [UInt64]
    /// Feature slots: class sums in lanes 0–2 and the number of features in lane 3.
    private var features: [SIMD4<Int32>]
    private var startKeys: [UInt64]
    private var starts: [Starts]
    private let shift: UInt64

    /// Words longer than this are not cached, so that 32-bit sums cannot overflow.
    static let longestWord = 256

    /// The slot count the stage uses: 2^13 = 8,192 slots per table (about 270 KB), which hold the common words of
    /// news text.
    static let stageSlotBits = 13

    /// A cache of `2^slotBits` slots per table, or none with `slotBits` 0: every word is then computed (one-off texts,
    /// where a cache would cost more than it saves).
    init(slotBits: Int) {
        precondition((0...24).contains(slotBits))
        let count = slotBits == 0 ? 0 : 1 << slotBits
        featureKeys = [UInt64](repeating: 0, count: count)
        features = [SIMD4<Int32>](repeating: .zero, count: count)
        startKeys = [UInt64](repeating: 0, count: count)
        starts = [Starts](repeating: [], count: count)
        shift = UInt64(64 - slotBits)
    }

    /// The feature sums of the word with hash `hash` and `length` code points, from the cache or else from
    /// `compute` (then cached).
    @inline(__always)
    mutating func sums(forWord hash: UInt64, length: Int, compute: () -> FeatureSums) -> FeatureSums {
        guard !featureKeys.isEmpty, length <= Self.longestWord else { return compute() }
        let slot = Int(truncatingIfNeeded: hash >> shift)
        let key = hash | 1
        if featureKeys[slot] == key {
            let value = features[slot]
            var weights = SIMD4<Int64>(truncatingIfNeeded: value)
            weights[3] = 0
            return FeatureSums(weights: weights, count: Int(value[3]))
        }
        let computed = compute()
        var value = SIMD4<Int32>(truncatingIfNeeded: computed.weights)
        value[3] = Int32(computed.count)
        featureKeys[slot] = key
        features[slot] = value
        return computed
    }

    /// The tables the word with hash `hash` can start a match in, from the cache or else from `compute` (then
    /// cached).
    @inline(__always)
    mutating func starts(forWord hash: UInt64, compute: () -> Starts) -> Starts {
        guard !startKeys.isEmpty else { return compute() }
        // The other end of the hash than the feature table's, so the two tables do not evict the same words.
        let slot = Int(truncatingIfNeeded: hash) & (startKeys.count - 1)
        let key = hash | 1
        if startKeys[slot] == key { return starts[slot] }
        let computed = compute()
        startKeys[slot] = key
        starts[slot] = computed
        return computed
    }
}
