/// The forms of the tokens one worker has analyzed, by their code points: a news corpus repeats a few thousand
/// words most of the time, so most tokens are looked up instead of normalized, split and hashed again
/// (``TokenFormAnalyzer``).
///
/// A form depends on the token's code points only, so a cached form is exactly the analyzed one. The cache is
/// bounded: when it holds its capacity of tokens it starts over, so memory stays flat on any corpus. It is not shared
/// between threads (a ``ScratchPool`` hands one to each document being tagged).
struct TokenFormCache {
    /// Distinct tokens a worker's cache holds before it starts over (about 5 MB of forms).
    static let workerCapacity = 1 << 15

    private let capacity: Int
    private var index: HashIndex
    private var forms: [TokenForm] = []
    private var analyzer = TokenFormAnalyzer()

    /// An empty cache that holds up to `capacity` distinct tokens.
    init(capacity: Int = TokenFormCache.workerCapacity) {
        self.capacity = capacity
        index = HashIndex(capacity: capacity)
    }

    /// The form of the token made of `scalars`.
    @inline(__always)
    mutating func form(of scalars: ArraySlice<Unicode.Scalar>) -> TokenForm {
        let key = FeatureHash.combine(FeatureHash.of(scalars.lazy.map(\.value)), UInt64(scalars.count))
        if let row = index.row(of: key) { return forms[row] }
        if index.count == capacity {
            index = HashIndex(capacity: capacity)
            forms.removeAll(keepingCapacity: true)
        }
        let form = analyzer.analyze(scalars)
        _ = index.insert(key)
        forms.append(form)
        return form
    }
}
