/// A text's features with few non-zero entries: distinct bucket indices (in order of first occurrence), how often
/// each occurred, and the number of occurrences in all. The feature value of a bucket is `count / √total`
/// (``value(at:)``), linear in the occurrences so that scoring can sum weights as features stream by (see
/// ``SentimentModel``); training reads the values from here.
struct SparseVector: Sendable, Hashable {
    /// Distinct bucket indices.
    var indices: [Int32]
    /// Occurrences of each bucket.
    var counts: [Int32]
    /// Occurrences of all buckets.
    var total: Int

    /// `1 / √total`: what every count is multiplied by.
    var scale: Float { total > 0 ? 1 / Float(total).squareRoot() : 0 }

    /// The vector of `buckets` (one entry per feature occurrence, in any order).
    ///
    /// Counting uses a small open-addressing table sized to the input, so it costs O(n) without sorting.
    static func counting(_ buckets: [Int32]) -> SparseVector {
        guard !buckets.isEmpty else { return SparseVector(indices: [], counts: [], total: 0) }
        var capacity = 16
        while capacity < 2 * buckets.count { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        var indices: [Int32] = []
        var counts: [Int32] = []
        indices.reserveCapacity(buckets.count)
        counts.reserveCapacity(buckets.count)
        for bucket in buckets {
            var slot = Int(UInt32(bitPattern: bucket) &* 0x9E37_79B1) & mask
            while true {
                let entry = slots[slot]
                if entry < 0 {
                    slots[slot] = Int32(indices.count)
                    indices.append(bucket)
                    counts.append(1)
                    break
                }
                if indices[Int(entry)] == bucket {
                    counts[Int(entry)] += 1
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        return SparseVector(indices: indices, counts: counts, total: buckets.count)
    }
}
