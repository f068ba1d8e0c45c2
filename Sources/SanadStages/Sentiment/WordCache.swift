/// What is known about recently seen words, keyed by their 64-bit hash (``ScannedText/Token/hash``): the summed
/// model weights of each word's own features (the word and its character n-grams), and whether the word can start a
/// lexicon or modifier match at all. In news text most words repeat, so most words cost one probe for their
/// features instead of some twenty scattered weight fetches (see ``FeatureHasher/sums(of:tokens:skipping:model:cache:)``),
/// and the many words that start no match skip the clitic-stripping lookups (see ``ArabicLexiconMatcher``).
///
/// Both tables are two-way set-associative: a word may sit in either slot of the pair its hash picks, a new word
/// takes the first slot and moves the old first to the second. A cached answer is the computed one (sums are
/// integers, flags are facts about the word alone) unless two words share 61 hash bits. The stage keeps one cache
/// per concurrent job and reuses it from document to document (see ``ScratchPool``); a cache belongs to one model
/// and one lexicon.
struct WordCache: Sendable {
    /// Which tables a word can start a match in.
    struct Starts: OptionSet, Sendable {
        let rawValue: UInt8
        /// The word (or its stem) starts a lexicon entry.
        static let lexicon = Starts(rawValue: 1)
        /// The word (or it without a leading conjunction) starts a modifier entry.
        static let modifier = Starts(rawValue: 2)
    }

    /// A feature slot: the word hash (lowest bit set, so 0 marks an empty slot) and its class sums in lanes 0–2
    /// with the number of features in lane 3; 32 bytes, two to a 64-byte line.
    private struct FeatureSlot {
        var key: UInt64
        var sums: SIMD4<Int32>
    }

    private var features: [FeatureSlot]
    /// Start slots: bits 3–63 the word hash's, bit 2 set when the slot is used, bits 0–1 the ``Starts``.
    private var starts: [UInt64]
    private let featureMask: Int
    private let startMask: Int

    /// Words longer than this are not cached, so that 32-bit sums cannot overflow.
    static let longestWord = 256

    /// A cache of the sizes the stage uses: 2^14 feature slots (512 KB) and 2^15 start slots (256 KB), which hold
    /// the common words of news text.
    static func stage() -> WordCache { WordCache(featureSlotBits: 14, startSlotBits: 15) }

    /// No cache: every word is computed (one-off texts, where a cache would cost more than it saves).
    static let none = WordCache(featureSlotBits: 0, startSlotBits: 0)

    /// A cache of `2^featureSlotBits` feature slots and `2^startSlotBits` start slots (0: that table is off).
    init(featureSlotBits: Int, startSlotBits: Int) {
        precondition((0...24).contains(featureSlotBits) && (0...24).contains(startSlotBits))
        let featureCount = featureSlotBits == 0 ? 0 : 1 << featureSlotBits
        let startCount = startSlotBits == 0 ? 0 : 1 << startSlotBits
        features = [FeatureSlot](repeating: FeatureSlot(key: 0, sums: .zero), count: featureCount)
        starts = [UInt64](repeating: 0, count: startCount)
        // Even slot indices: each set is the pair (i, i + 1).
        featureMask = max(0, featureCount - 2)
        startMask = max(0, startCount - 2)
    }

    /// The feature sums of the word with hash `hash` and `length` code points, from the cache or else from
    /// `compute` (then cached).
    @inline(__always)
    mutating func sums(forWord hash: UInt64, length: Int, compute: () -> FeatureSums) -> FeatureSums {
        guard !features.isEmpty, length <= Self.longestWord else { return compute() }
        let key = hash | 1
        let set = Int(truncatingIfNeeded: hash >> 32) & featureMask
        return features.withUnsafeMutableBufferPointer { slots in
            if slots[set].key == key { return Self.sums(of: slots[set]) }
            if slots[set + 1].key == key { return Self.sums(of: slots[set + 1]) }
            let computed = compute()
            var sums = SIMD4<Int32>(truncatingIfNeeded: computed.weights)
            sums[3] = Int32(computed.count)
            slots[set + 1] = slots[set]
            slots[set] = FeatureSlot(key: key, sums: sums)
            return computed
        }
    }

    @inline(__always)
    private static func sums(of slot: FeatureSlot) -> FeatureSums {
        var weights = SIMD4<Int64>(truncatingIfNeeded: slot.sums)
        weights[3] = 0
        return FeatureSums(weights: weights, count: Int(slot.sums[3]))
    }

    /// The tables the word with hash `hash` can start a match in, from the cache or else from `compute` (then
    /// cached).
    @inline(__always)
    mutating func starts(forWord hash: UInt64, compute: () -> Starts) -> Starts {
        guard !starts.isEmpty else { return compute() }
        let tag = hash & ~7 | 4
        let set = Int(truncatingIfNeeded: hash >> 40) & startMask
        return starts.withUnsafeMutableBufferPointer { slots in
            if slots[set] & ~3 == tag { return Starts(rawValue: UInt8(slots[set] & 3)) }
            if slots[set + 1] & ~3 == tag { return Starts(rawValue: UInt8(slots[set + 1] & 3)) }
            let computed = compute()
            slots[set + 1] = slots[set]
            slots[set] = tag | UInt64(computed.rawValue)
            return computed
        }
    }
}
