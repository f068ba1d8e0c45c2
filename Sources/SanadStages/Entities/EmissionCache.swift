/// Per-word sums of the weights of the features a word gives by itself as the token and as a next neighbour
/// (``EntityFeatures/Source/word``), for one worker: the tagger's emission scores are mostly these sums, looked up
/// instead of recomputed feature by feature.
///
/// A word's sums depend on its normalized form and shape only (every single-token template reads nothing else), so
/// the key is the hash of both. The cache is bounded: when it holds ``capacity`` words it starts over, so memory
/// stays flat on any corpus while the frequent words of a language come back within a few sentences. It is not
/// shared between threads (a ``ScratchPool`` hands one to each document being tagged).
struct EmissionCache {
    /// Words held before the cache starts over: the frequent words of a news corpus, 8 MB of rows.
    static let capacity = 1 << 16
    /// Sums per word: one per ``EntityFeatures/Source/word`` source, in that order.
    static let vectorsPerWord = EntityFeatures.Source.word.count
    /// Sums of a row: ``vectorsPerWord`` runs of ``EntityTag/count``.
    static let stride = vectorsPerWord * EntityTag.count
    /// Int32s from one row to the next: ``stride`` (27) padded to whole 64-byte cache lines, two of them. With the
    /// first row on a line boundary, reading a word's sums touches two lines, where rows packed end to end straddle
    /// three most of the time. A literal, so that the optimizer knows it (a test checks it against ``stride``).
    static let rowStride = 32
    /// Int32s in a cache line.
    private static let lineLength = 16

    private var index = HashIndex(capacity: EmissionCache.capacity)
    /// ``rowStride`` Int32s per row, row 0 at ``firstRow``: ``stride`` quantized sums, then the word's
    /// ``factsSlot``. Its capacity, reserved once, holds ``capacity`` rows, so the buffer never moves and the rows
    /// stay on line boundaries.
    private(set) var sums: [Int32] = []
    /// Where row 0 starts in ``sums``: the first element on a cache-line boundary.
    let firstRow: Int
    /// Where, in a row, the word's packed ``TokenLexicon`` buckets (which its neighbours' features read; low 16 bits)
    /// and its candidate splits that begin a gazetteer name (``Gazetteer/startingCandidates(of:)``, found once per
    /// word rather than at every token; the next 8 bits) are kept: in the row's padding, on a line its sums bring in.
    static let factsSlot = stride

    /// Buffers of ``EmissionScorer`` reused from sentence to sentence.
    var rows: [Int] = []
    var tokens: [EntityFeatures.TokenFacts] = []
    var keys: [UInt64] = []
    var totals: [Int32] = []
    var matches: [GazetteerMatch] = []
    /// The keys of a new word's features, for ``add(features:of:weights:keys:into:)``.
    private var newWordKeys: [(slot: Int, key: UInt64)] = []

    /// An empty cache.
    init() {
        sums.reserveCapacity(EmissionCache.capacity * EmissionCache.rowStride + EmissionCache.lineLength)
        let address = sums.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        let lineBytes = EmissionCache.lineLength * MemoryLayout<Int32>.size
        firstRow = Int((UInt(lineBytes) - address % UInt(lineBytes)) % UInt(lineBytes)) / MemoryLayout<Int32>.size
        sums.append(contentsOf: repeatElement(0, count: firstRow))
    }

    /// Starts over when `words` more words could take the cache past ``capacity``: call before looking up the
    /// words of a sentence, so that the rows of one sentence stay valid together.
    mutating func makeRoom(for words: Int) {
        guard index.count + words > EmissionCache.capacity else { return }
        index = HashIndex(capacity: EmissionCache.capacity)
        sums.removeSubrange(firstRow...)
    }

    /// The key of the word of `form`: its sums depend on the normalized word and the shape only.
    @inline(__always)
    static func key(of form: TokenForm) -> UInt64 { FeatureHash.combine(form.word, UInt64(form.shape.rawValue)) }

    /// Starts loading where ``row(of:key:features:weights:)`` will look the word of ``key(of:)`` `key` up
    /// (``HashIndex/prefetch(_:)``).
    @inline(__always)
    func prefetchRow(of key: UInt64) { index.prefetch(key) }

    /// Starts loading the sums of `row` (two cache lines), which the scorer reads a little later, so that the rows
    /// of a sentence arrive together.
    @inline(__always)
    func prefetchSums(of row: Int) {
        let bytes = EmissionCache.stride * MemoryLayout<Int32>.size
        let start = firstRow + row * EmissionCache.rowStride
        sums.withUnsafeBufferPointer { Prefetch.bytes($0.baseAddress! + start, count: bytes) }
    }

    /// The row of the word of `form`, whose ``key(of:)`` is `key`, computing its sums with `features` and `weights`
    /// when it is not held.
    @inline(__always)
    mutating func row(of form: TokenForm, key: UInt64, features: EntityFeatures, weights: WeightTable) -> Int {
        if let row = index.row(of: key) { return row }
        let row = index.insert(key)
        let token = features.facts(of: form)
        let start = firstRow + row * EmissionCache.rowStride
        precondition(start + EmissionCache.rowStride <= sums.capacity, "the rows never move")
        sums.append(contentsOf: repeatElement(0, count: EmissionCache.rowStride))
        let candidates = features.gazetteer.startingCandidates(of: form)
        sums[start + EmissionCache.factsSlot] = Int32(token.shares) | Int32(candidates) << 16
        EmissionCache.add(features: features, of: token, weights: weights, keys: &newWordKeys, into: &sums[start...])
        return row
    }

    /// The packed ``TokenLexicon`` buckets of the word of `row`.
    @inline(__always)
    func shares(of row: Int) -> UInt16 { UInt16(truncatingIfNeeded: facts(of: row)) }

    /// The candidate splits of the word of `row` that begin a gazetteer name (``Gazetteer/startingCandidates(of:)``).
    @inline(__always)
    func startingCandidates(of row: Int) -> UInt8 { UInt8(truncatingIfNeeded: facts(of: row) >> 16) }

    @inline(__always)
    private func facts(of row: Int) -> Int32 {
        sums.withUnsafeBufferPointer { $0[firstRow + row * EmissionCache.rowStride + EmissionCache.factsSlot] }
    }

    /// Adds to `sums` (a row: ``vectorsPerWord`` runs of ``EntityTag/count``) the weights of the features `token`
    /// gives by itself of a ``EntityFeatures/Source/word`` source, each to its source's slot; `nil` is the position
    /// outside the sentence.
    ///
    /// The features' keys are gathered first, in `keys` (emptied first: a buffer the caller reuses), and their table
    /// slots start loading together (``WeightTable/prefetch(_:)``): a new word's forty-odd lookups then overlap their
    /// cache misses instead of waiting for each in turn.
    static func add(features: EntityFeatures, of token: EntityFeatures.TokenFacts?, weights: WeightTable,
                    keys: inout [(slot: Int, key: UInt64)], into sums: inout ArraySlice<Int32>) {
        keys.removeAll(keepingCapacity: true)
        // The closure captures the keys alone: one capturing the weight table would copy it (and retain its arrays)
        // for every feature.
        features.singleTokenKeys(of: token, sources: EntityFeatures.Source.wordBits) { source, key in
            keys.append((Int(source.rawValue), key))  // word sources come first, in row order
        }
        for (_, key) in keys { weights.prefetch(key) }
        sums.withUnsafeMutableBufferPointer { sums in
            for (slot, key) in keys {
                weights.accumulate(CollectionOfOne(key), into: sums.baseAddress! + slot * EntityTag.count)
            }
        }
    }
}
