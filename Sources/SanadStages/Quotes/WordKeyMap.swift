/// A map from word keys (``QuoteWordKey``) to values, for the lookups the `quotes` stage makes for every token.
///
/// Open addressing with linear probing, at most half the slots used, each key beside the index of its value, where a
/// `Dictionary` runs SipHash over the key first. In front of the slots sits a 4 KB bit filter with one bit per key:
/// most words are absent, and with a few thousand keys their bit is usually clear, found in a small table that
/// stays in the processor's cache while the stages before have pushed the slots out of it.
struct WordKeyMap<Value: Sendable>: Sendable {
    /// A key and the index of its value in ``values`` (-1 when the slot is empty).
    private struct Slot {
        var key: UInt64
        var entry: Int32
    }

    private var slots = [Slot](repeating: Slot(key: 0, entry: -1), count: 16)
    /// Bit ``filterBit(_:)`` of every key set.
    private var filter = [UInt64](repeating: 0, count: 1 << (Self.filterBits - 6))
    /// The values, in order of first insertion.
    private var values: [Value] = []
    private var keys: [UInt64] = []

    /// An empty map.
    init() {}

    /// The slot holding `key`, or the empty slot where it would go. The probe starts at the key's top bits after a
    /// multiplication (word keys are FNV hashes, whose low bits mix poorly).
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while slots[slot].entry >= 0, slots[slot].key != key { slot = (slot + 1) & mask }
        return slot
    }

    /// Bits in the filter: 2^15.
    private static var filterBits: Int { 15 }

    /// The filter bit of `key`, from other bits of the key than the slot's.
    @inline(__always)
    private static func filterBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> UInt64(64 - filterBits))
    }

    /// The value of `key`, or `nil` when absent.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let bit = Self.filterBit(key)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        let entry = slots[slot(of: key)].entry
        return entry < 0 ? nil : values[Int(entry)]
    }

    /// Sets the value of `key` to `update(current value or nil)`.
    mutating func update(_ key: UInt64, _ update: (Value?) -> Value) {
        let slot = slot(of: key)
        let entry = slots[slot].entry
        if entry >= 0 {
            values[Int(entry)] = update(values[Int(entry)])
            return
        }
        slots[slot] = Slot(key: key, entry: Int32(values.count))
        let bit = Self.filterBit(key)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        values.append(update(nil))
        keys.append(key)
        if 2 * values.count > slots.count { grow() }
    }

    /// Changes every value in place.
    mutating func updateValues(_ body: (inout Value) -> Void) {
        for index in values.indices { body(&values[index]) }
    }

    /// Calls `body` with every key and its value, in order of first insertion.
    func forEach(_ body: (UInt64, Value) -> Void) {
        for (key, value) in zip(keys, values) { body(key, value) }
    }

    private mutating func grow() {
        slots = [Slot](repeating: Slot(key: 0, entry: -1), count: slots.count * 2)
        for (entry, key) in keys.enumerated() { slots[slot(of: key)] = Slot(key: key, entry: Int32(entry)) }
    }
}
