/// The forms of the tokens one worker has analyzed, by their code points: a news corpus repeats a few thousand
/// words most of the time, so most tokens are looked up instead of normalized, split and hashed again
/// (``TokenFormAnalyzer``).
///
/// A form depends on the token's code points only, so a cached form is exactly the analyzed one. The cache is
/// two-way set-associative: a token may sit in either slot of one set (by the hash of its code points), each slot a
/// 64-byte cache line holding its key beside a ``PackedTokenForm``. A new token takes the second slot, and a token
/// found there again moves to the first: the words a corpus repeats stay while its rare words pass through the second
/// slot, where a direct-mapped cache let each rare word push a frequent one out. A lookup reads two adjacent lines,
/// where an index and a separate array of forms would cost a cache miss each, and memory stays flat on any corpus
/// (8 MB). A form that does not pack is not kept. It is not shared between threads: ``workers`` hands one to each
/// document being read, by the `entities` stage and then by the entity links quote attribution reads, so the second
/// finds the document's words already there.
struct TokenFormCache {
    /// Sets of a cache.
    static let sets = 1 << 16

    /// The caches of the documents being processed at once.
    static let workers = ScratchPool { TokenFormCache() }

    /// A token's key (0 when the slot is empty) and its form: a cache line.
    private struct Entry {
        var key: UInt64
        var form: PackedTokenForm
    }

    /// 64-bit words of a slot.
    private static let slotWords = 8
    /// The sets, two slots of ``slotWords`` words each, set 0 at ``firstSet``: raw words, so that the slots can
    /// start on cache-line boundaries (an array of entries starts 32 bytes into a line).
    private var words: [UInt64]
    /// Where set 0 starts in ``words``: the first word on a cache-line boundary.
    private let firstSet: Int
    private var analyzer = TokenFormAnalyzer()

    /// An empty cache.
    init() {
        precondition(MemoryLayout<Entry>.size == TokenFormCache.slotWords * 8, "a slot is a cache line")
        let lineWords = TokenFormCache.slotWords
        words = [UInt64](repeating: 0, count: (2 * TokenFormCache.sets + 1) * lineWords)
        let address = words.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        firstSet = Int((UInt(lineWords * 8) - address % UInt(lineWords * 8)) % UInt(lineWords * 8)) / 8
    }

    /// The key of the token made of `scalars`: the hash of its code points and their count.
    @inline(__always)
    static func key<Scalars: Collection<Unicode.Scalar>>(of scalars: Scalars) -> UInt64 {
        FeatureHash.combine(FeatureHash.of(scalars.lazy.map(\.value)), UInt64(scalars.count))
    }

    /// Starts loading the set of the token whose ``key(of:)`` is `key`, so that ``form(of:key:)`` soon after
    /// finds it in cache.
    @inline(__always)
    func prefetch(_ key: UInt64) {
        words.withUnsafeBufferPointer { Prefetch.bytes($0.baseAddress! + address(of: key), count: 2 * 64) }
    }

    /// The form of the token made of `scalars`, whose ``key(of:)`` is `key`.
    @inline(__always)
    mutating func form<Scalars: Collection<Unicode.Scalar>>(of scalars: Scalars, key: UInt64) -> TokenForm {
        let first = address(of: key), second = first + TokenFormCache.slotWords
        let found = words.withUnsafeBufferPointer { words in
            (UnsafeRawPointer(words.baseAddress! + first).load(as: Entry.self),
             UnsafeRawPointer(words.baseAddress! + second).load(as: Entry.self))
        }
        if found.0.key == key { return found.0.form.form }
        if found.1.key == key {
            store(found.1, at: first)
            store(found.0, at: second)
            return found.1.form.form
        }
        let form = analyzer.analyze(scalars)
        if let packed = PackedTokenForm(form) { store(Entry(key: key, form: packed), at: second) }
        return form
    }

    /// Writes `entry` to the slot at `address` in ``words``.
    @inline(__always)
    private mutating func store(_ entry: Entry, at address: Int) {
        words.withUnsafeMutableBufferPointer {
            UnsafeMutableRawPointer($0.baseAddress! + address).storeBytes(of: entry, as: Entry.self)
        }
    }

    /// Where in ``words`` the set of a token of key `key` starts.
    @inline(__always)
    private func address(of key: UInt64) -> Int {
        firstSet + HashIndex.home(of: key, mask: TokenFormCache.sets - 1) * 2 * TokenFormCache.slotWords
    }
}
