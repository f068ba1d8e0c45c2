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
        /// The span of place `index`, read without copying the place's evidence.
        func span(ofPlace index: Int) -> Span {
            index < quotes.count ? quotes[index].span : sentences[index - quotes.count].span
        }
        /// Per entity, in order of first mention: its key, its longest name with that name's length in code points,
        /// and the places that mention it.
        var order: [(key: String, canonical: String, canonicalLength: Int, places: [Int])] = []
        // Where each key sits in `order`, filled only once there are more than `linearKeys` entities: a document
        // names a few entities, and comparing a few short keys is quicker than hashing each mention's.
        var position: [String: Int] = [:]
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
            let known: Int?
            if order.count <= linearKeys {
                known = order.firstIndex { $0.key == key }
            } else {
                if position.isEmpty { for (index, entity) in order.enumerated() { position[entity.key] = index } }
                known = position[key]
            }
            guard let index = known else {
                if !position.isEmpty { position[key] = order.count }
                order.append((key, name, codePointCount(of: name), [found]))
                continue
            }
            // The same name has the same length: only another name can be longer.
            if name != order[index].canonical {
                let nameLength = codePointCount(of: name)
                if nameLength > order[index].canonicalLength {
                    order[index].canonical = name
                    order[index].canonicalLength = nameLength
                }
            }
            let foundSpan = span(ofPlace: found)
            if !order[index].places.contains(where: { span(ofPlace: $0) == foundSpan }) {
                order[index].places.append(found)
            }
        }
        return order.map { key, canonical, _, places in
            let mean = places.reduce(0) { $0 + place($1).sentiment.score } / Double(places.count)
            // One place's hits all differ (each starts at another token), so its evidence is taken as it is. Places
            // hold a few hits each, so a linear check dedupes those of several faster than hashing their texts.
            var evidence = place(places[0]).sentiment.evidence
            for index in places.dropFirst() {
                for hit in place(index).sentiment.evidence where !evidence.contains(hit) { evidence.append(hit) }
            }
            return EntitySentiment(
                entity: key, canonical: canonical,
                sentiment: SentimentScore(score: mean, label: scorer.label(mean), evidence: evidence))
        }
    }

    /// How many entities a document may have before their keys are looked up by hashing rather than one by one.
    private static let linearKeys = 16

    /// The number of code points of `name`, counted as the UTF-8 bytes that start one (quicker than walking
    /// `unicodeScalars`).
    private static func codePointCount(of name: String) -> Int {
        name.utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The index of the sentence of `sentences` (in text order, not overlapping) that contains offset `offset`, by
    /// binary search.
    static func sentence(containing offset: Int, in sentences: [SpanSentiment]) -> Int? {
        let low = sentences.partitionPoint { $0.end > offset }
        return low < sentences.count && sentences[low].start <= offset ? low : nil
    }
}
