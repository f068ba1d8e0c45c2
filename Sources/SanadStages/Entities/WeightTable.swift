/// The model's feature weights, quantized to 16 bits and stored inline in an open-addressing table: one lookup
/// touches one 32-byte slot (the key and its nine weights), so tagging costs about one cache miss per feature.
///
/// A slot is four 64-bit words: the feature hash, then the ``EntityTag/count`` Int16 weights (and padding).
/// A weight's value is its Int16 times ``scale``.
///
/// Most features of a sentence (its words, bigrams, affixes) are not in the model. A byte per slot, a fingerprint
/// of the key it holds (0 when empty), is probed first: that array is 32 times smaller than the slots and stays in
/// cache, so a feature missing from the model costs no cache miss, and a present one touches its slot once.
struct WeightTable: Sendable {
    private static let wordsPerSlot = 4
    /// Weight scale: value = Int16 × scale.
    let scale: Float
    /// The feature hashes, in row order (as written to model files).
    let keys: [UInt64]
    /// The quantized weights, one row of ``EntityTag/count`` per key.
    let rows: [Int16]
    private let slots: [UInt64]
    private let fingerprints: [UInt8]
    private let mask: Int

    /// Quantizes `weights` (one row of ``EntityTag/count`` per key) so that the largest maps to ±32767, dropping
    /// features whose weights all round to zero.
    init(keys: [UInt64], weights: [Float]) {
        let tags = EntityTag.count
        let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        var keptKeys: [UInt64] = []
        var rows: [Int16] = []
        for (row, key) in keys.enumerated() {
            let values = (0..<tags).map { Int16((weights[row * tags + $0] / scale).rounded()) }
            guard values.contains(where: { $0 != 0 }) else { continue }
            keptKeys.append(key)
            rows += values
        }
        self.init(keys: keptKeys, rows: rows, scale: scale)
    }

    /// A table of already quantized rows; keys must be distinct and non-zero.
    init(keys: [UInt64], rows: [Int16], scale: Float) {
        guard let table = WeightTable(checking: keys, rows: rows, scale: scale) else {
            preconditionFailure("a weight table's keys must be distinct and non-zero")
        }
        self = table
    }

    /// A table of already quantized rows, or nil when a key is 0 or repeated (as in a damaged model file): checked
    /// while the table is filled, which costs nothing, where a `Set` of the keys took a millisecond of start-up.
    init?(checking keys: [UInt64], rows: [Int16], scale: Float) {
        precondition(rows.count == keys.count * EntityTag.count, "one row of weights per key")
        var size = 16
        while size * 2 < keys.count * 3 { size <<= 1 }
        var slots = [UInt64](repeating: 0, count: size * WeightTable.wordsPerSlot)
        var fingerprints = [UInt8](repeating: 0, count: size)
        let mask = size - 1
        for (row, key) in keys.enumerated() {
            guard key != 0 else { return nil }  // 0 marks an empty slot
            var slot = HashIndex.home(of: key, mask: mask)
            while slots[slot * WeightTable.wordsPerSlot] != 0 {
                guard slots[slot * WeightTable.wordsPerSlot] != key else { return nil }
                slot = (slot + 1) & mask
            }
            let base = slot * WeightTable.wordsPerSlot
            slots[base] = key
            fingerprints[slot] = WeightTable.fingerprint(of: key)
            slots.withUnsafeMutableBytes { bytes in
                for tag in 0..<EntityTag.count {
                    bytes.storeBytes(of: rows[row * EntityTag.count + tag], toByteOffset: (base + 1) * 8 + tag * 2,
                                     as: Int16.self)
                }
            }
        }
        self.keys = keys
        self.rows = rows
        self.scale = scale
        self.slots = slots
        self.fingerprints = fingerprints
        self.mask = mask
    }

    /// Number of features.
    var count: Int { keys.count }

    /// Adds to `sums` (``EntityTag/count`` entries) the quantized weights of every feature of `keys` in the table.
    @inline(__always)
    func accumulate<Keys: Sequence>(_ keys: Keys, into sums: UnsafeMutablePointer<Int32>) where Keys.Element == UInt64 {
        fingerprints.withUnsafeBufferPointer { fingerprints in
            slots.withUnsafeBytes { bytes in
                for key in keys {
                    let wanted = WeightTable.fingerprint(of: key)
                    var slot = HashIndex.home(of: key, mask: mask)
                    while true {
                        let found = fingerprints[slot]
                        if found == 0 { break }
                        if found == wanted {
                            let offset = slot * WeightTable.wordsPerSlot * 8
                            if bytes.load(fromByteOffset: offset, as: UInt64.self) == key {
                                for tag in 0..<EntityTag.count {
                                    sums[tag] &+= Int32(bytes.load(fromByteOffset: offset + 8 + tag * 2, as: Int16.self))
                                }
                                break
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// Starts loading what ``accumulate(_:into:)`` reads first for `key` (its home slot's fingerprint and key), so
    /// that a caller holding many keys overlaps their cache misses.
    @inline(__always)
    func prefetch(_ key: UInt64) {
        let slot = HashIndex.home(of: key, mask: mask)
        fingerprints.withUnsafeBufferPointer { Prefetch.bytes($0.baseAddress! + slot, count: 1) }
        slots.withUnsafeBufferPointer { Prefetch.bytes($0.baseAddress! + slot * WeightTable.wordsPerSlot, count: 1) }
    }

    /// The byte that marks a slot holding `key`: high bits the home slot does not use, never 0.
    @inline(__always)
    private static func fingerprint(of key: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: key >> 56) | 1 }
}
