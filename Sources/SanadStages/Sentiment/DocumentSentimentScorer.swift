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
