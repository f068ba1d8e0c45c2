/// Lists of values under 64-bit hash keys: "every name (entry, entity) whose word is this one", for lookups the
/// tagger makes for each candidate split of each token. The keys are ``FeatureHash`` hashes, already mixed, so a
/// ``HashIndex`` finds a key's list without hashing it again as a `Dictionary` would.
struct HashBuckets<Value: Sendable>: Sendable {
    private var index = HashIndex()
    private var lists: [[Value]] = []

    /// No lists.
    init() {}

    /// No lists, with room for `keys` keys before the index grows. A table looked up far more often than it holds
    /// keys, mostly for keys it lacks, is made roomy: a lookup of an absent key then stops at the first empty slot.
    init(keys: Int) { index = HashIndex(capacity: keys) }

    /// Runs `body` on the values under `key` (empty when none), in the order they were added, lent rather than
    /// copied: the hot loops that look up every token read a list without retaining it (or the arrays its values
    /// hold).
    @inline(__always)
    func withValues<Result>(under key: UInt64, _ body: (UnsafeBufferPointer<Value>) -> Result) -> Result {
        guard let row = index.row(of: key) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return lists.withUnsafeBufferPointer { $0[row].withUnsafeBufferPointer(body) }
    }

    /// Whether `key` has a list (``modify(_:_:)`` or ``append(_:under:)`` reached it).
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { index.row(of: key) != nil }

    /// Runs `body` on the list under `key`, made empty first if the key is new.
    mutating func modify(_ key: UInt64, _ body: (inout [Value]) -> Void) {
        let row = index.insert(key)
        if row == lists.count { lists.append([]) }
        body(&lists[row])
    }

    /// Adds `value` at the end of the list under `key`.
    mutating func append(_ value: Value, under key: UInt64) {
        modify(key) { $0.append(value) }
    }
}
