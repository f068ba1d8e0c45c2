import SanadCore

/// Builds the `sentiment` layer from a scorer: sentences and document, each quote, and each linked entity.
///
/// An **entity**'s score is the mean of the scores of the places that mention it, each place counted once: the
/// quote whose content contains the mention when there is one (what is said around a name inside a quote), else
/// the sentence that contains it. Its evidence is the union of those places' evidence. Mentions are grouped by
/// their `entity` id, or by `canonical` name, or by their text when the entities stage linked nothing.
enum SentimentAggregation {
    /// The layer for `document`, scored in the working memory `scratch`.
    static func layer(
        for document: Document, scorer: some DocumentSentimentScorer, scratch: inout SentimentScratch
    ) -> SentimentLayer {
        let (sentences, quotes, documentScore) = scorer.scoreDocument(of: document, scratch: &scratch)
        return SentimentLayer(
            document: documentScore, sentences: sentences, quotes: quotes,
            entities: entities(of: document, sentences: sentences, quotes: quotes, scorer: scorer))
    }

    /// One score per entity, in order of first mention.
    static func entities(
        of document: Document, sentences: [SpanSentiment], quotes: [SpanSentiment], scorer: some DocumentSentimentScorer
    ) -> [EntitySentiment] {
        /// Place `index`: a quote, or after the quotes a sentence (numbers, so grouping copies no scores).
        func place(_ index: Int) -> SpanSentiment {
            index < quotes.count ? quotes[index] : sentences[index - quotes.count]
        }
        /// Per entity, in order of first mention: its key, its longest name with that name's length in code points,
        /// and the places that mention it.
        var order: [(key: String, canonical: String, canonicalLength: Int, places: [Int])] = []
        var position: [String: Int] = [:]
        position.reserveCapacity(document.entities.count)
        for mention in document.entities {
            let found: Int
            if let quote = quotes.firstIndex(where: { $0.span.contains(mention.span) }) {
                found = quote
            } else if let sentence = sentence(containing: mention.start, in: sentences) {
                found = quotes.count + sentence
            } else {
                continue
            }
            let key = mention.entity ?? mention.canonical ?? mention.text
            let name = mention.canonical ?? mention.text
            // Code points, counted as the UTF-8 bytes that start one (quicker than walking `unicodeScalars`).
            let nameLength = name.utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            guard let index = position[key] else {
                position[key] = order.count
                order.append((key, name, nameLength, [found]))
                continue
            }
            if nameLength > order[index].canonicalLength {
                order[index].canonical = name
                order[index].canonicalLength = nameLength
            }
            let span = place(found).span
            if !order[index].places.contains(where: { place($0).span == span }) { order[index].places.append(found) }
        }
        return order.map { key, canonical, _, places in
            let mean = places.reduce(0) { $0 + place($1).sentiment.score } / Double(places.count)
            // Places hold a few hits each, so a linear check dedupes faster than hashing their texts.
            var evidence: [SentimentEvidence] = []
            for index in places {
                for hit in place(index).sentiment.evidence where !evidence.contains(hit) { evidence.append(hit) }
            }
            return EntitySentiment(
                entity: key, canonical: canonical,
                sentiment: SentimentScore(score: mean, label: scorer.label(mean), evidence: evidence))
        }
    }

    /// The index of the sentence of `sentences` (in text order, not overlapping) that contains offset `offset`, by
    /// binary search.
    static func sentence(containing offset: Int, in sentences: [SpanSentiment]) -> Int? {
        let low = sentences.partitionPoint { $0.end > offset }
        return low < sentences.count && sentences[low].start <= offset ? low : nil
    }
}
