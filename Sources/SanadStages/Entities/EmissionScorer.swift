/// Computes the tagger's emission scores fast and exactly: a token's score is the sum of its ``EmissionCache``
/// sums as itself and as each next neighbour's neighbour, the ``TriggerNeighbourWeights`` of the tokens two away,
/// plus the weights of its few ``EntityFeatures/Source/context``
/// features (word bigrams, gazetteer matches) and of its ``EntityFeatures/Source/document`` features
/// (``DocumentFeatureWeights``).
///
/// The weights are quantized integers, so the sums are exact and the scores equal ``EntityModel/score(_:into:)``'s
/// over all of ``EntityFeatures/extract(_:document:into:)``'s features, bit for bit.
struct EmissionScorer: Sendable {
    private let features: EntityFeatures
    private let weights: WeightTable
    private let documentWeights: DocumentFeatureWeights
    private let triggerWeights: TriggerNeighbourWeights
    /// A row of ``EmissionCache`` sums for the position outside the sentence (its ``EntityFeatures/Source/token``
    /// slot unused).
    private let outside: [Int32]
    private let caches = ScratchPool { EmissionCache() }

    /// A scorer of `features` with `weights`.
    init(features: EntityFeatures, weights: WeightTable) {
        self.features = features
        self.weights = weights
        documentWeights = DocumentFeatureWeights(weights: weights)
        triggerWeights = TriggerNeighbourWeights(features: features, weights: weights)
        var outside = [Int32](repeating: 0, count: EmissionCache.stride)[...]
        var keys: [(slot: Int, key: UInt64)] = []
        EmissionCache.add(features: features, of: nil, weights: weights, keys: &keys, into: &outside)
        self.outside = Array(outside)
    }

    /// Runs `body` with a cache of this scorer that no other thread is using.
    func withCache<Result>(_ body: (inout EmissionCache) -> Result) -> Result { caches.withScratch(body) }

    /// The emission scores of the sentence `forms` (`forms.count × EntityTag.count`, overwriting `scores`), with
    /// what `document` says of its words; `forms` is a run of the document's forms, indexed by token position, and
    /// `document` the context of runs that include it.
    func score(_ forms: ArraySlice<TokenForm>, document: DocumentContext, cache: inout EmissionCache,
               into scores: inout [Float]) {
        let tags = EntityTag.count
        let count = forms.count
        cache.makeRoom(for: count)
        cache.rows.removeAll(keepingCapacity: true)
        cache.tokens.removeAll(keepingCapacity: true)
        // The words' index slots, then their sums, are fetched for the whole sentence before they are read, so
        // that their cache misses (many, for the rare words of news) overlap rather than follow one another.
        cache.keys.removeAll(keepingCapacity: true)
        for form in forms {
            let key = EmissionCache.key(of: form)
            cache.prefetchRow(of: key)
            cache.keys.append(key)
        }
        for position in 0..<count {
            let row = cache.row(of: forms[forms.startIndex + position], key: cache.keys[position], features: features,
                                weights: weights)
            cache.prefetchSums(of: row)
            cache.rows.append(row)
        }
        // The words' shares are read from their rows once every row is on its way.
        for (position, form) in forms.enumerated() {
            cache.tokens.append(EntityFeatures.TokenFacts(form: form, shares: cache.shares(of: cache.rows[position])))
        }
        // The buffer is lent out of the cache, so that the closure may read the cache meanwhile.
        var matches: [GazetteerMatch] = []
        swap(&matches, &cache.matches)
        features.gazetteer.matches(forms, startingCandidates: { cache.startingCandidates(of: cache.rows[$0]) },
                                   into: &matches)
        cache.matches = matches
        scores.resize(to: count * tags, filling: 0)  // every score is written below
        let scale = weights.scale
        let offsets = EntityFeatures.Source.wordOffsets
        let stride = EmissionCache.rowStride
        let firstRow = cache.firstRow
        cache.totals.resize(to: count * tags, filling: 0)  // every total is stored below
        // First the per-word sums of every position, in a loop of loads and adds only, so that the processor
        // overlaps the memory accesses of several positions; then each position's context features.
        cache.totals.withUnsafeMutableBufferPointer { totals in
            cache.sums.withUnsafeBufferPointer { sums in
                outside.withUnsafeBufferPointer { outside in
                    cache.tokens.withUnsafeBufferPointer { tokens in
                        func triggers(_ position: Int) -> UInt8 {
                            position >= 0 && position < count ? tokens[position].form.triggers : 0
                        }
                        for position in 0..<count {
                            var total = TagVector<Int32>(repeating: 0)
                            for (slot, offset) in offsets.enumerated() {
                                let other = position + offset
                                let row = other >= 0 && other < count
                                    ? sums.baseAddress! + firstRow + cache.rows[other] * stride : outside.baseAddress!
                                total.add(row + slot * tags)
                            }
                            triggerWeights.add(twoBefore: triggers(position - 2), twoAfter: triggers(position + 2),
                                               to: &total)
                            total.store(to: totals.baseAddress! + position * tags)
                        }
                    }
                }
            }
        }
        // Each position's context keys go to a buffer on the stack, and totals and scores are written through
        // pointers: the loop makes no array call (uniqueness check, emptying) per position.
        cache.totals.withUnsafeMutableBufferPointer { totals in
            scores.withUnsafeMutableBufferPointer { scores in
                cache.tokens.withUnsafeBufferPointer { tokens in
                    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: EntityFeatures.contextKeyLimit) { keys in
                        for position in 0..<count {
                            var keyCount = 0
                            features.contextKeys(at: position, of: tokens, matches: matches) { key in
                                precondition(keyCount < keys.count, "a token has at most contextKeyLimit context keys")
                                keys[keyCount] = key
                                keyCount += 1
                            }
                            let aggregate = document.aggregate(at: forms.startIndex + position)
                            let frequency = tokens[position].shares >> 8
                            let sums = totals.baseAddress! + position * tags
                            weights.accumulate(UnsafeBufferPointer(rebasing: keys[..<keyCount]), into: sums)
                            var total = TagVector(sums)
                            documentWeights.add(aggregate, frequency: frequency, to: &total)
                            total.storeScaled(by: scale, to: scores.baseAddress! + position * tags)
                        }
                    }
                }
            }
        }
    }
}

