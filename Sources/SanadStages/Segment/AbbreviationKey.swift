/// A short word packed into three integers (up to 12 code points of the Basic Multilingual Plane, ASCII letters
/// lowercased), so the tokenizer can look abbreviations up without building a `String` per word.
struct AbbreviationKey: Hashable, Sendable {
    /// Longest word a key can hold, in code points.
    static let capacity = 12

    private var low: UInt64 = 0
    private var middle: UInt64 = 0
    private var high: UInt64 = 0

    /// The key of `text[range]`, or nil when it is empty, longer than ``capacity`` or outside the BMP.
    init?(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) {
        guard !range.isEmpty, range.count <= Self.capacity else { return nil }
        for (slot, index) in range.enumerated() {
            guard append(text[index].value, at: slot) else { return nil }
        }
    }

    /// The key of `word`, or nil when it is empty, longer than ``capacity`` or outside the BMP.
    init?(_ word: String) {
        let scalars = Array(word.unicodeScalars)
        guard let key = scalars.withUnsafeBufferPointer({ AbbreviationKey($0, 0..<$0.count) }) else { return nil }
        self = key
    }

    /// Stores code point `value` in slot `slot`, lowercasing ASCII letters; false when it is outside the BMP.
    private mutating func append(_ value: UInt32, at slot: Int) -> Bool {
        guard value <= 0xFFFF else { return false }
        let folded = UInt64((0x41...0x5A).contains(value) ? value | 0x20 : value)
        let shift = UInt64((slot % 4) * 16)
        switch slot / 4 {
        case 0: low |= folded << shift
        case 1: middle |= folded << shift
        default: high |= folded << shift
        }
        return true
    }
}
