/// A map from word keys (``QuoteWordKey``) to values, for the lookups the `quotes` stage makes for every token.
///
/// The keys are held in a ``HashIndex`` (open addressing, where a `Dictionary` runs SipHash over the key first), the
/// values in its row order. In front of it sits a 4 KB bit filter with one bit per key: most words are absent, and
/// with a few thousand keys their bit is usually clear, found in a small table that stays in the processor's cache
/// while the stages before have pushed the index out of it.
struct WordKeyMap<Value: Sendable>: Sendable {
    private var index = HashIndex()
    /// Bit ``filterBit(_:)`` of every key set.
    private var filter = [UInt64](repeating: 0, count: 1 << (Self.filterBits - 6))
    /// The values, by row of ``index`` (the order of first insertion).
    private var values: [Value] = []

    /// An empty map.
    init() {}

    /// Bits in the filter: 2^15.
    private static var filterBits: Int { 15 }

    /// The filter bit of `key`, from other bits of the key than the index's.
    @inline(__always)
    private static func filterBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> UInt64(64 - filterBits))
    }

    /// The value of `key`, or `nil` when absent.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let bit = Self.filterBit(key)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let row = index.row(of: key) else { return nil }
        return values[row]
    }

    /// Sets the value of `key` to `update(current value or nil)`.
    mutating func update(_ key: UInt64, _ update: (Value?) -> Value) {
        let row = index.insert(key)
        guard row == values.count else {
            values[row] = update(values[row])
            return
        }
        let bit = Self.filterBit(key)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        values.append(update(nil))
    }

    /// Changes every value in place.
    mutating func updateValues(_ body: (inout Value) -> Void) {
        for row in values.indices { body(&values[row]) }
    }

    /// Calls `body` with every key and its value, in order of first insertion.
    func forEach(_ body: (UInt64, Value) -> Void) {
        for (key, value) in zip(index.keys, values) { body(key, value) }
    }
}
