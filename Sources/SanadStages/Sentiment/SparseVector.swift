import Foundation

/// A feature vector with few non-zero entries: distinct bucket indices (in order of first occurrence) and their
/// values.
struct SparseVector: Sendable, Hashable {
    /// Distinct bucket indices.
    var indices: [Int32]
    /// The value of each bucket.
    var values: [Float]

    /// The vector of `buckets` (one entry per feature occurrence, in any order): each bucket's value is
    /// `1 + ln(count)`, and the vector is scaled to unit length.
    ///
    /// Counting uses a small open-addressing table sized to the input, so it costs O(n) without sorting.
    static func counting(_ buckets: ArraySlice<Int32>) -> SparseVector {
        guard !buckets.isEmpty else { return SparseVector(indices: [], values: []) }
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
        var values = counts.map { $0 == 1 ? Float(1) : 1 + Float(log(Double($0))) }
        var norm: Float = 0
        for value in values { norm += value * value }
        let scale = 1 / norm.squareRoot()
        for position in values.indices { values[position] *= scale }
        return SparseVector(indices: indices, values: values)
    }
}
