/// The term ids of a phrase of up to six words, as a dictionary key that needs no allocation.
struct PhraseKey: Hashable {
    /// The longest phrase a key holds.
    static let capacity = 6

    private var packed: (UInt64, UInt64, UInt64) = (0, 0, 0)
    /// The number of terms.
    private(set) var count = 0

    /// The key of `terms` (at most ``capacity``).
    init(_ terms: some Collection<Int>) {
        precondition(terms.count <= Self.capacity, "a phrase key holds at most \(Self.capacity) terms")
        for term in terms { append(term) }
    }

    /// The term at `position` (0 ..< count).
    subscript(position: Int) -> Int {
        let word: UInt64
        switch position / 2 {
        case 0: word = packed.0
        case 1: word = packed.1
        default: word = packed.2
        }
        return Int(UInt32(truncatingIfNeeded: word >> (32 * UInt64(position % 2))))
    }

    /// The term ids, in order.
    var terms: [Int] { (0..<count).map { self[$0] } }

    private mutating func append(_ term: Int) {
        let value = UInt64(UInt32(truncatingIfNeeded: term)) << (32 * UInt64(count % 2))
        switch count / 2 {
        case 0: packed.0 |= value
        case 1: packed.1 |= value
        default: packed.2 |= value
        }
        count += 1
    }

    static func == (lhs: PhraseKey, rhs: PhraseKey) -> Bool {
        lhs.count == rhs.count && lhs.packed.0 == rhs.packed.0 && lhs.packed.1 == rhs.packed.1
            && lhs.packed.2 == rhs.packed.2
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(packed.0)
        hasher.combine(packed.1)
        hasher.combine(packed.2)
        hasher.combine(count)
    }
}
