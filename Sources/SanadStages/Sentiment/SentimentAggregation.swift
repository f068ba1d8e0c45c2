import SanadCore

/// Builds the `sentiment` layer from a scorer: sentences and document, each quote, and each linked entity.
///
/// An **entity**'s score is the mean of the scores of the places that mention it, each place counted once: the
/// quote whose content contains the mention when there is one (what is said around a name inside a quote), else
/// the sentence that contains it. Its evidence is the union of those places' evidence. Mentions are grouped by
/// their `entity` id, or by `canonical` name, or by their text when the entities stage linked nothing.
enum SentimentAggregation {
    /// The layer for `document`, read through the word cache `cache`.
    static func layer(
        for document: Document, scorer: some DocumentSentimentScorer, cache: inout WordCache
    ) -> SentimentLayer {
        let (sentences, documentScore) = scorer.scoreSentences(of: document, cache: &cache)
        let quotes = document.quotes.map {
            SpanSentiment(span: $0.span, sentiment: scorer.score($0.span, in: document, cache: &cache))
        }
        return SentimentLayer(
            document: documentScore, sentences: sentences, quotes: quotes,
            entities: entities(of: document, sentences: sentences, quotes: quotes, scorer: scorer))
    }

    /// One score per entity, in order of first mention.
    static func entities(
        of document: Document, sentences: [SpanSentiment], quotes: [SpanSentiment], scorer: some DocumentSentimentScorer
    ) -> [EntitySentiment] {
        var order: [String] = []
        var canonical: [String: String] = [:]
        var places: [String: [SpanSentiment]] = [:]
        var seen: [String: Set<Span>] = [:]
        for mention in document.entities {
            let key = mention.entity ?? mention.canonical ?? mention.text
            guard let place = quotes.first(where: { $0.span.contains(mention.span) })
                ?? sentences.first(where: { $0.start <= mention.start && mention.start < $0.end })
            else { continue }
            if places[key] == nil {
                order.append(key)
                places[key] = []
            }
            let name = mention.canonical ?? mention.text
            if name.unicodeScalars.count > (canonical[key]?.unicodeScalars.count ?? 0) { canonical[key] = name }
            if seen[key, default: []].insert(place.span).inserted { places[key]!.append(place) }
        }
        return order.map { key in
            let scored = places[key]!
            let mean = scored.reduce(0) { $0 + $1.sentiment.score } / Double(scored.count)
            var evidenceSeen = Set<SentimentEvidence>()
            let evidence = scored.flatMap(\.sentiment.evidence).filter { evidenceSeen.insert($0).inserted }
            return EntitySentiment(
                entity: key, canonical: canonical[key]!,
                sentiment: SentimentScore(score: mean, label: scorer.label(mean), evidence: evidence))
        }
    }
}
