import SanadCore

/// Scores the sentences, the whole document and arbitrary spans (quotes) of a document in one language.
///
/// `scratch` is the working memory the stage reuses from document to document (see ``SentimentScratch``); the
/// Arabic scorer works in it, English VADER has no use for it.
protocol DocumentSentimentScorer: Sendable {
    /// One score per sentence and one per quote, in order, and the document's score built from the sentences.
    func scoreDocument(of document: Document, scratch: inout SentimentScratch)
        -> (sentences: [SpanSentiment], quotes: [SpanSentiment], document: SentimentScore)
    /// The score of one stretch of the original text.
    func score(_ span: Span, in document: Document, scratch: inout SentimentScratch) -> SentimentScore
    /// The label of a score in this language's scale (used for aggregated entity scores).
    func label(_ score: Double) -> SentimentScore.Polarity
}
