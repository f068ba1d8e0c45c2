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
        let (sentences, documentScore) = scorer.scoreSentences(of: document, scratch: &scratch)
        let quotes = document.quotes.map {
            SpanSentiment(span: $0.span, sentiment: scorer.score($0.span, in: document, scratch: &scratch))
        }
        return SentimentLayer(
            document: documentScore, sentences: sentences, quotes: quotes,
            entities: entities(of: document, sentences: sentences, quotes: quotes, scorer: scorer))
    }

    /// One score per entity, in order of first mention.
    static func entities(
        of document: Document, sentences: [SpanSentiment], quotes: [SpanSentiment], scorer: some DocumentSentimentScorer
    ) -> [EntitySentiment] {
        /// Per entity, in order of first mention: its key, its longest name and the places that mention it.
        var order: [(key: String, canonical: String, places: [SpanSentiment])] = []
        var position: [String: Int] = [:]
        for mention in document.entities {
            guard let place = quotes.first(where: { $0.span.contains(mention.span) })
                ?? sentence(containing: mention.start, in: sentences)
            else { continue }
            let key = mention.entity ?? mention.canonical ?? mention.text
            let name = mention.canonical ?? mention.text
            guard let index = position[key] else {
                position[key] = order.count
                order.append((key, name, [place]))
                continue
            }
            if name.unicodeScalars.count > order[index].canonical.unicodeScalars.count { order[index].canonical = name }
            if !order[index].places.contains(where: { $0.span == place.span }) { order[index].places.append(place) }
        }
        return order.map { key, canonical, scored in
            let mean = scored.reduce(0) { $0 + $1.sentiment.score } / Double(scored.count)
            // Places hold a few hits each, so a linear check dedupes faster than hashing their texts.
            var evidence: [SentimentEvidence] = []
            for hit in scored.lazy.flatMap({ $0.sentiment.evidence }) where !evidence.contains(hit) { evidence.append(hit) }
            return EntitySentiment(
                entity: key, canonical: canonical,
                sentiment: SentimentScore(score: mean, label: scorer.label(mean), evidence: evidence))
        }
    }

    /// The sentence of `sentences` (in text order, not overlapping) that contains offset `offset`, by binary search.
    static func sentence(containing offset: Int, in sentences: [SpanSentiment]) -> SpanSentiment? {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].start <= offset ? sentences[low] : nil
    }
}
