import SanadCore

/// Scores the sentences, the whole document and arbitrary spans (quotes) of a document in one language.
protocol DocumentSentimentScorer: Sendable {
    /// One score per sentence, in order, and the document's score built from them.
    func scoreSentences(of document: Document) -> (sentences: [SpanSentiment], document: SentimentScore)
    /// The score of one stretch of the original text.
    func score(_ span: Span, in document: Document) -> SentimentScore
    /// The label of a score in this language's scale (used for aggregated entity scores).
    func label(_ score: Double) -> SentimentScore.Polarity
}

extension Document {
    /// Evidence for original span `start..<end`, modified by the words at `modifiers`, with weight `weight`.
    func sentimentEvidence(start: Int, end: Int, weight: Double, modifiers: [Range<Int>]) -> SentimentEvidence {
        var seen = Set<Range<Int>>()
        let words = modifiers.filter { seen.insert($0).inserted }.map { text(of: Span(start: $0.lowerBound, end: $0.upperBound)) }
        let span = Span(start: start, end: end)
        return SentimentEvidence(span: span, text: text(of: span), weight: weight, modifiers: words)
    }
}
