/// FNV-1a over 32-bit code points, with a final avalanche, so that lexicon keys and hashed model features are
/// computed the same way on every platform and in every run (Swift's `Hasher` is seeded per process).
struct ScalarHash: Sendable {
    /// The running state.
    private(set) var state: UInt64

    /// Starts a hash; `seed` separates feature families (words, bigrams, character n-grams) that hash the same text.
    @inline(__always)
    init(seed: UInt64 = 0) {
        state = 0xcbf2_9ce4_8422_2325 ^ (seed &* 0x9E37_79B9_7F4A_7C15)
    }

    /// Mixes in one code point (or a marker value above 0x10FFFF).
    @inline(__always)
    mutating func combine(_ value: UInt32) {
        state = (state ^ UInt64(value)) &* 0x0000_0100_0000_01B3
    }

    /// Mixes in every code point of `values`.
    @inline(__always)
    mutating func combine(_ values: ArraySlice<UInt32>) {
        for value in values { combine(value) }
    }

    /// The finished 64-bit hash.
    @inline(__always)
    var value: UInt64 {
        var mixed = state
        mixed ^= mixed >> 33
        mixed &*= 0xff51_afd7_ed55_8ccd
        mixed ^= mixed >> 33
        mixed &*= 0xc4ce_b9fe_1a85_ec53
        mixed ^= mixed >> 33
        return mixed
    }

    /// The hash of `values` alone.
    @inline(__always)
    static func of(_ values: ArraySlice<UInt32>, seed: UInt64 = 0) -> UInt64 {
        var hash = ScalarHash(seed: seed)
        hash.combine(values)
        return hash.value
    }
}

/// A map from folded code point sequences (words) to small integers, looked up straight from a slice of a
/// ``ScannedText`` buffer without building a `String`.
///
/// Open addressing on ``ScalarHash`` with at most a quarter of the slots used, so a word that is absent (most words)
/// usually costs one hash and one empty-slot probe.
struct ScalarKeyTable: Sendable {
    private var slots = [Int32](repeating: -1, count: 16)
    private var hashes: [UInt64] = []
    private var keys: [[UInt32]] = []

    /// Creates an empty table.
    init() {}

    /// Adds `key` and returns its index; an existing key keeps its first index.
    @discardableResult
    mutating func insert(_ key: [UInt32]) -> Int32 {
        if let index = index(of: key[...]) { return index }
        if 4 * (keys.count + 1) > slots.count { grow() }
        let index = Int32(keys.count)
        let hash = ScalarHash.of(key[...])
        keys.append(key)
        hashes.append(hash)
        place(index, hash: hash)
        return index
    }

    /// The index of `key`, or `nil` when absent.
    @inline(__always)
    func index(of key: ArraySlice<UInt32>) -> Int32? {
        index(of: key, hash: ScalarHash.of(key))
    }

    /// The index of `key` whose ``ScalarHash`` (seed 0) is `hash`, or `nil` when absent.
    @inline(__always)
    func index(of key: ArraySlice<UInt32>, hash: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { return nil }
            if hashes[Int(entry)] == hash, keys[Int(entry)].elementsEqual(key) { return entry }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ index: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (index, hash) in hashes.enumerated() { place(Int32(index), hash: hash) }
    }
}
