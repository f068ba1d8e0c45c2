/// A map from word keys (``QuoteWordKey``) to values, for the lookups the `quotes` stage makes for every token.
///
/// Open addressing with linear probing, at most half the slots used, keys stored beside their slots: a word that is
/// absent (most words) costs one multiplication and one or two probes, where a `Dictionary` runs SipHash over the
/// key first.
struct WordKeyMap<Value: Sendable>: Sendable {
    /// Per slot: the key, and the index of its value in ``values`` (-1 when the slot is empty).
    private var slotKeys = [UInt64](repeating: 0, count: 16)
    private var slotEntries = [Int32](repeating: -1, count: 16)
    /// The values, in order of first insertion.
    private var values: [Value] = []

    /// An empty map.
    init() {}

    /// The slot where a probe for `key` starts: the key's top bits after a multiplication (word keys are FNV
    /// hashes, whose low bits mix poorly).
    @inline(__always)
    private func firstSlot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & (slotKeys.count - 1)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let mask = slotKeys.count - 1
        var slot = firstSlot(key)
        while slotEntries[slot] >= 0, slotKeys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    /// The value of `key`, or `nil` when absent.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let entry = slotEntries[slot(of: key)]
        return entry < 0 ? nil : values[Int(entry)]
    }

    /// Sets the value of `key` to `update(current value or nil)`.
    mutating func update(_ key: UInt64, _ update: (Value?) -> Value) {
        let slot = slot(of: key)
        let entry = slotEntries[slot]
        if entry >= 0 {
            values[Int(entry)] = update(values[Int(entry)])
            return
        }
        slotKeys[slot] = key
        slotEntries[slot] = Int32(values.count)
        values.append(update(nil))
        if 2 * values.count > slotKeys.count { grow() }
    }

    /// Changes every value in place.
    mutating func updateValues(_ body: (inout Value) -> Void) {
        for index in values.indices { body(&values[index]) }
    }

    private mutating func grow() {
        let keys = zip(slotKeys, slotEntries).filter { $0.1 >= 0 }
        slotKeys = [UInt64](repeating: 0, count: slotKeys.count * 2)
        slotEntries = [Int32](repeating: -1, count: slotKeys.count)
        for (key, entry) in keys {
            let slot = slot(of: key)
            slotKeys[slot] = key
            slotEntries[slot] = entry
        }
    }
}
