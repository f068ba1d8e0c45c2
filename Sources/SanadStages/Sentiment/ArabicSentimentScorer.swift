import SanadCore

/// Arabic sentiment: the lexicon matcher and the linear model, combined by the model's ``ScoreCombination``.
///
/// A sentence's score combines the model's class probabilities for its features with the evidence of its lexicon
/// hits (their modified weights summed). The **document** score is built the same way from the whole document at
/// once: the model reads the features of all sentences together (so a tweet or short text scores exactly as it was
/// trained and tuned), and the lexicon evidence is the sum of every sentence's modified hits, clipped to ±3 so a
/// long article leans clearly one way only when its hits mostly agree. Evidence is every lexicon hit, with its
/// weight after negation, intensifiers and contrast. Words inside entity mentions (when the pipeline has an
/// `entities` layer) are never hits, so names such as `سعيد` or `جميل` do not count as "happy" or "beautiful".
struct ArabicSentimentScorer: DocumentSentimentScorer {
    /// The lexicon with its modifiers.
    let matcher: ArabicLexiconMatcher
    /// The trained model with its combination.
    let model: SentimentModel

    private var hasher: FeatureHasher { FeatureHasher(configuration: model.features) }

    /// The parts of one score.
    struct Parts: Sendable {
        /// What the lexicon found.
        var lexicon: LexiconAnalysis
        /// The model's class probabilities.
        var probabilities: (positive: Double, negative: Double, neutral: Double)
        /// The combined score.
        var score: Double
        /// The combined label.
        var label: SentimentScore.Polarity

        /// Combines model probabilities and lexicon findings with `combination`.
        init(
            lexicon: LexiconAnalysis, probabilities: (positive: Double, negative: Double, neutral: Double),
            combination: ScoreCombination
        ) {
            self.lexicon = lexicon
            self.probabilities = probabilities
            (score, label) = combination.combine(probabilities, lexicon: lexicon.evidence)
        }

        private init() {
            lexicon = LexiconAnalysis()
            probabilities = (0, 0, 1)
            score = 0
            label = .neutral
        }

        /// The parts of a stretch without a single token (a blank line): neutral at 0, not the model's prior.
        static let empty = Parts()
    }

    /// The parts of the score of tokens `range` of `text`, where `names` (entity mentions in text order) are not
    /// lexicon hits; the range's feature sums are added to `total`. `facts` holds the facts of the range's words,
    /// indexed like `text.tokens` (see ``learnFacts(of:tokens:cache:into:)``).
    func parts(
        of text: ScannedText, tokens range: Range<Int>, names: [Span] = [], total: inout FeatureSums,
        facts: [WordFacts]
    ) -> Parts {
        guard !range.isEmpty else { return .empty }
        let lexicon = matcher.analyze(text, tokens: range, names: names, facts: facts)
        let sums = hasher.sums(of: text, tokens: range, skipping: lexicon.negatedTokens, model: model, facts: facts)
        total += sums
        return Parts(lexicon: lexicon, probabilities: model.probabilities(sums), combination: model.combination)
    }

    /// Sets `facts[i]` for the words and numbers among tokens `range` of `text`, from `cache` or computed; `facts`
    /// grows to the number of tokens.
    ///
    /// Cached words are read first and the others computed after, so the cache probes of a stretch overlap rather
    /// than wait behind the computation of each new word; a document learns all its words at once. The feature
    /// buckets of all new words are hashed and their weights' loading started before the first is summed, so the
    /// weight fetches (scattered, seldom in the processor's cache) overlap each other and the lexicon lookups.
    private func learnFacts(
        of text: ScannedText, tokens range: Range<Int>, cache: inout WordCache, into facts: inout [WordFacts]
    ) {
        if facts.count < text.tokens.count {
            facts.append(contentsOf: repeatElement(WordFacts(), count: text.tokens.count - facts.count))
        }
        let hasher = hasher
        facts.withUnsafeMutableBufferPointer { facts in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: range.count) { missed in
                var missedCount = 0
                for index in range {
                    let token = text.tokens[index]
                    guard token.kind == .word || token.kind == .number else { continue }
                    if let known = cache.cachedFacts(forWord: token.hash, length: token.length) {
                        facts[index] = known
                    } else {
                        missed[missedCount] = index
                        missedCount += 1
                    }
                }
                let missed = UnsafeBufferPointer(rebasing: missed[..<missedCount])
                let capacity = missed.reduce(0) { $0 + hasher.wordBucketCapacity(of: text.tokens[$1]) }
                withUnsafeTemporaryAllocation(of: Int.self, capacity: capacity) { buckets in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: missed.count + 1) { firstBuckets in
                        // The buckets of missed word `n` are `buckets[firstBuckets[n]..<firstBuckets[n + 1]]`.
                        firstBuckets[0] = 0
                        for (number, index) in missed.enumerated() {
                            let start = firstBuckets[number]
                            let room = UnsafeMutableBufferPointer(rebasing: buckets[start...])
                            let count = hasher.wordBuckets(of: text.tokens[index], in: text, into: room)
                            model.prefetchWeights(of: UnsafeBufferPointer(rebasing: buckets[start..<(start + count)]))
                            firstBuckets[number + 1] = start + count
                        }
                        for (number, index) in missed.enumerated() {
                            let token = text.tokens[index]
                            // A word met twice in the stretch is computed once: the second lookup finds the first's
                            // facts.
                            facts[index] = cache.facts(forWord: token.hash, length: token.length) {
                                let starts = matcher.starts(of: text.scalars(of: token))
                                let wordBuckets = UnsafeBufferPointer(
                                    rebasing: buckets[firstBuckets[number]..<firstBuckets[number + 1]])
                                return WordFacts(sums: model.sums(of: wordBuckets), starts: starts)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The parts of the score of a whole string, as training and evaluation see a text.
    func parts(of string: String) -> Parts {
        let text = SentimentScanner.scan(string)
        var total = FeatureSums()
        var cache = WordCache.none
        var facts: [WordFacts] = []
        learnFacts(of: text, tokens: 0..<text.tokens.count, cache: &cache, into: &facts)
        return parts(of: text, tokens: 0..<text.tokens.count, total: &total, facts: facts)
    }

    func scoreDocument(of document: Document, scratch: inout SentimentScratch)
        -> (sentences: [SpanSentiment], quotes: [SpanSentiment], document: SentimentScore)
    {
        var total = FeatureSums()
        var sentences: [SpanSentiment] = []
        var hits: [LexiconAnalysis.Hit] = []
        let names = document.entities.map { $0.span }
        sentences.reserveCapacity(document.sentences.count)
        // Read by index: iterating the quotes would copy each one with its texts.
        let quoteSpans = document.quotes.indices.map { document.quotes[$0].span }
        // Quotes scored from the document's scan; `nil` where that scan may differ from the quote's own.
        var quotes: [SpanSentiment?] = []
        quotes.reserveCapacity(document.quotes.count)
        let scanned = scratch.withEmptyText { text, cache, facts in
            // Each sentence's first token, then one past the last.
            var firsts: [Int] = []
            firsts.reserveCapacity(document.sentences.count + 1)
            for sentence in document.sentences {
                firsts.append(text.tokens.count)
                SentimentScanner.scan(document.scalars, in: sentence.start..<sentence.end, into: &text)
            }
            firsts.append(text.tokens.count)
            learnFacts(of: text, tokens: 0..<text.tokens.count, cache: &cache, into: &facts)
            for (number, sentence) in document.sentences.enumerated() {
                let parts = parts(
                    of: text, tokens: firsts[number]..<firsts[number + 1], names: names, total: &total, facts: facts)
                hits.append(contentsOf: parts.lexicon.hits)
                sentences.append(SpanSentiment(span: sentence.span, sentiment: sentimentScore(parts, in: document)))
            }
            for span in quoteSpans {
                quotes.append(tokens(of: span, in: document, scan: text, firsts: firsts).map { range in
                    var quoteTotal = FeatureSums()
                    let parts = parts(
                        of: text, tokens: range, names: Self.names(overlapping: span, in: names), total: &quoteTotal,
                        facts: facts)
                    return SpanSentiment(span: span, sentiment: sentimentScore(parts, in: document))
                })
            }
            return !text.tokens.isEmpty
        }
        let documentParts = !scanned ? .empty : Parts(
            lexicon: LexiconAnalysis(hits: hits), probabilities: model.probabilities(total),
            combination: model.combination)
        // The document's hits are the sentences' hits in order, so its evidence is theirs (not built twice).
        let documentScore = SentimentScore(
            score: documentParts.score, label: documentParts.label, evidence: sentences.flatMap(\.sentiment.evidence))
        let allQuotes = zip(quoteSpans, quotes).map { span, reused in
            reused ?? SpanSentiment(span: span, sentiment: score(span, in: document, scratch: &scratch))
        }
        return (sentences, allQuotes, documentScore)
    }

    /// The tokens of `scan` (the document's sentences scanned in order, sentence `k` from token `firsts[k]`) that
    /// scanning `span` on its own would give, token for token; `nil` when the two scans may differ.
    ///
    /// They are the same when the span's code points outside the sentences it meets are white space (between two
    /// sentences there must be some), no token of those sentences crosses either end of the span, and the document's
    /// scan dropped no mark inside the span (whether a third mark in a row is dropped depends on the two before it,
    /// which the span's own scan may not see; the marks the span's own scan drops, the document's scan drops too).
    func tokens(of span: Span, in document: Document, scan: ScannedText, firsts: [Int]) -> Range<Int>? {
        let sentences = document.sentences
        let first = sentences.partitionPoint { $0.end > span.start }
        guard first < sentences.count, sentences[first].start < span.end else { return nil }
        // Code points before `checked` are known to be in a sentence or blank.
        var checked = span.start
        var last = first
        while last < sentences.count, sentences[last].start < span.end {
            let sentence = sentences[last]
            guard last == first || checked < sentence.start,
                SentimentScanner.isBlank(document.scalars, in: checked..<max(checked, sentence.start))
            else { return nil }
            checked = sentence.end
            last += 1
        }
        guard SentimentScanner.isBlank(document.scalars, in: min(checked, span.end)..<span.end) else { return nil }
        let tokens = scan.tokens[firsts[first]..<firsts[last]]
        let start = tokens.partitionPoint { $0.originStart >= span.start }
        let end = tokens[start...].partitionPoint { $0.originStart >= span.end }
        if start > tokens.startIndex, tokens[start - 1].originEnd > span.start { return nil }
        if end > start, tokens[end - 1].originEnd > span.end { return nil }
        let dropped = scan.droppedMarks.partitionPoint { $0 >= span.start }
        if dropped < scan.droppedMarks.count, scan.droppedMarks[dropped] < span.end { return nil }
        return start..<end
    }

    /// The spans of entity mentions among `names` that overlap `span`: the only ones that can touch its tokens.
    private static func names(overlapping span: Span, in names: [Span]) -> [Span] {
        names.filter { $0.overlaps(span) }
    }

    func score(_ span: Span, in document: Document, scratch: inout SentimentScratch) -> SentimentScore {
        let names = Self.names(overlapping: span, in: document.entities.map { $0.span })
        let scored = scratch.withEmptyText { text, cache, facts in
            SentimentScanner.scan(document.scalars, in: span.start..<span.end, into: &text)
            learnFacts(of: text, tokens: 0..<text.tokens.count, cache: &cache, into: &facts)
            var total = FeatureSums()
            return parts(of: text, tokens: 0..<text.tokens.count, names: names, total: &total, facts: facts)
        }
        return sentimentScore(scored, in: document)
    }

    func label(_ score: Double) -> SentimentScore.Polarity { ScoreCombination.aggregateLabel(score) }

    /// The score, label and evidence of `parts`.
    func sentimentScore(_ parts: Parts, in document: Document) -> SentimentScore {
        let evidence = parts.lexicon.hits.map { hit in
            document.sentimentEvidence(
                start: Int(hit.start), end: Int(hit.end), weight: hit.weight,
                modifiers: hit.modifiers.map { Int($0.lowerBound)..<Int($0.upperBound) })
        }
        return SentimentScore(score: parts.score, label: parts.label, evidence: evidence)
    }
}
