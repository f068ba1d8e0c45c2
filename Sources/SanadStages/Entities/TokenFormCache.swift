/// The forms of the tokens one worker has analyzed, by their code points: a news corpus repeats a few thousand
/// words most of the time, so most tokens are looked up instead of normalized, split and hashed again
/// (``TokenFormAnalyzer``).
///
/// A form depends on the token's code points only, so a cached form is exactly the analyzed one. The cache is
/// bounded: when it holds ``capacity`` tokens it starts over, so memory stays flat on any corpus. It is not shared
/// between threads: ``workers`` hands one to each document being read, by the `entities` stage and then by the
/// entity links quote attribution reads, so the second finds the document's words already there.
struct TokenFormCache {
    /// Distinct tokens a cache holds before it starts over (about 5 MB of forms).
    static let capacity = 1 << 15

    /// The caches of the documents being processed at once.
    static let workers = ScratchPool { TokenFormCache() }

    private var index = HashIndex(capacity: TokenFormCache.capacity)
    private var forms: [TokenForm] = []
    private var analyzer = TokenFormAnalyzer()

    /// An empty cache.
    init() {}

    /// The form of the token made of `scalars`.
    @inline(__always)
    mutating func form(of scalars: ArraySlice<Unicode.Scalar>) -> TokenForm {
        let key = FeatureHash.combine(FeatureHash.of(scalars.lazy.map(\.value)), UInt64(scalars.count))
        if let row = index.row(of: key) { return forms[row] }
        if index.count == TokenFormCache.capacity {
            index = HashIndex(capacity: TokenFormCache.capacity)
            forms.removeAll(keepingCapacity: true)
        }
        let form = analyzer.analyze(scalars)
        _ = index.insert(key)
        forms.append(form)
        return form
    }
}
