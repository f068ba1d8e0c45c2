/// The forms of the tokens one worker has analyzed, by their code points: a news corpus repeats a few thousand
/// words most of the time, so most tokens are looked up instead of normalized, split and hashed again
/// (``TokenFormAnalyzer``).
///
/// A form depends on the token's code points only, so a cached form is exactly the analyzed one. The cache is
/// direct-mapped: a token has one slot (by the hash of its code points), holding its key beside its form, and a
/// token found elsewhere takes the slot over. A lookup so reads one place in memory, where an index and a separate
/// array of forms would cost a cache miss each, and memory stays flat on any corpus. It is not shared between
/// threads: ``workers`` hands one to each document being read, by the `entities` stage and then by the entity links
/// quote attribution reads, so the second finds the document's words already there.
struct TokenFormCache {
    /// Slots of a cache (about 6 MB of forms).
    static let capacity = 1 << 16

    /// The caches of the documents being processed at once.
    static let workers = ScratchPool { TokenFormCache() }

    /// A token's key (0 when the slot is empty) and its form.
    private struct Entry {
        var key: UInt64 = 0
        var form = TokenForm()
    }

    private var entries = [Entry](repeating: Entry(), count: TokenFormCache.capacity)
    private var analyzer = TokenFormAnalyzer()

    /// An empty cache.
    init() {}

    /// The key of the token made of `scalars`: the hash of its code points and their count.
    @inline(__always)
    static func key<Scalars: Collection<Unicode.Scalar>>(of scalars: Scalars) -> UInt64 {
        FeatureHash.combine(FeatureHash.of(scalars.lazy.map(\.value)), UInt64(scalars.count))
    }

    /// Starts loading the slot of the token whose ``key(of:)`` is `key`, so that ``form(of:key:)`` soon after
    /// finds it in cache.
    @inline(__always)
    func prefetch(_ key: UInt64) {
        entries.withUnsafeBufferPointer { entries in
            Prefetch.bytes(entries.baseAddress! + TokenFormCache.slot(of: key), count: MemoryLayout<Entry>.size)
        }
    }

    /// The form of the token made of `scalars`, whose ``key(of:)`` is `key`.
    @inline(__always)
    mutating func form<Scalars: Collection<Unicode.Scalar>>(of scalars: Scalars, key: UInt64) -> TokenForm {
        let slot = TokenFormCache.slot(of: key)
        if entries[slot].key == key { return entries[slot].form }
        let form = analyzer.analyze(scalars)
        entries[slot] = Entry(key: key, form: form)
        return form
    }

    /// The one slot a token of key `key` may occupy.
    @inline(__always)
    private static func slot(of key: UInt64) -> Int { HashIndex.home(of: key, mask: capacity - 1) }
}
