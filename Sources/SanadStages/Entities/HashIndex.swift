import SanadPrefetch

/// An open-addressing map from non-zero 64-bit hashes to row numbers, for the hot lookups of the tagger and of the
/// quote finder (``WordKeyMap``).
///
/// Feature, gazetteer and trigger keys are already well-mixed hashes (``FeatureHash``), so the index probes
/// linearly from the key's low bits with no rehashing: a lookup is a multiply-free mask, a load and a compare,
/// several times cheaper than a `Dictionary` with its seeded SipHash. Rows are numbered in insertion order.
struct HashIndex: Sendable {
    private var slots: [UInt64]
    private var rows: [Int32]
    private var mask: Int
    /// The keys, in row order.
    private(set) var keys: [UInt64] = []

    /// Creates an empty index sized for about `capacity` keys.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// Creates an index holding `keys`, row `i` being `keys[i]`; keys must be distinct and non-zero.
    init(keys: [UInt64]) {
        self.init(capacity: keys.count)
        for key in keys { _ = insert(key) }
    }

    /// Number of keys.
    var count: Int { keys.count }

    /// Where a probe for `key` starts in a table of `mask + 1` slots (a power of two): the one definition shared by
    /// the tagger's open-addressing tables (this index, ``WeightTable``) and ``TokenFormCache``.
    @inline(__always)
    static func home(of key: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }

    /// The row of `key`, or `nil`.
    @inline(__always)
    func row(of key: UInt64) -> Int? {
        var slot = HashIndex.home(of: key, mask: mask)
        while true {
            let stored = slots[slot]
            if stored == key { return Int(rows[slot]) }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Starts loading the slot where a lookup of `key` begins, so that a ``row(of:)`` soon after finds it in cache:
    /// a caller that knows several keys ahead overlaps their cache misses instead of waiting for each in turn.
    @inline(__always)
    func prefetch(_ key: UInt64) {
        let slot = HashIndex.home(of: key, mask: mask)
        slots.withUnsafeBufferPointer { sanad_prefetch($0.baseAddress! + slot) }
        rows.withUnsafeBufferPointer { sanad_prefetch($0.baseAddress! + slot) }
    }

    /// The row of `key`, adding it as a new row if absent.
    @inline(__always)
    mutating func insert(_ key: UInt64) -> Int {
        precondition(key != 0, "0 marks an empty slot")
        if (keys.count + 1) * 2 > slots.count { grow() }
        var slot = HashIndex.home(of: key, mask: mask)
        while slots[slot] != 0 {
            if slots[slot] == key { return Int(rows[slot]) }
            slot = (slot + 1) & mask
        }
        slots[slot] = key
        rows[slot] = Int32(keys.count)
        keys.append(key)
        return keys.count - 1
    }

    private mutating func grow() {
        let old = keys
        self = HashIndex(capacity: max(16, old.count * 2))
        for key in old { _ = insert(key) }
    }
}
