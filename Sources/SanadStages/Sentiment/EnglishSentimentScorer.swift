import SanadCore

/// English sentiment with VADER: a sentence's score is VADER's compound score, labelled positive from 0.05 and
/// negative from −0.05 (VADER's recommended thresholds). The **document** score is the mean of the sentence
/// compounds, as VADER's authors recommend for paragraphs (running VADER on a whole article saturates at ±1).
/// Evidence is every word with a non-zero valence after VADER's rules, weighted on VADER's −4…4 scale.
struct EnglishSentimentScorer: DocumentSentimentScorer {
    /// VADER.
    let vader: VaderAnalyzer

    /// VADER's threshold for a non-neutral compound score.
    static let threshold = 0.05

    func scoreDocument(of document: Document, scratch: inout SentimentScratch)
        -> (sentences: [SpanSentiment], quotes: [SpanSentiment], document: SentimentScore)
    {
        let sentences = document.sentences.map { SpanSentiment(span: $0.span, sentiment: score($0.span, in: document)) }
        let quotes = document.quotes.map { SpanSentiment(span: $0.span, sentiment: score($0.span, in: document)) }
        let mean = sentences.isEmpty ? 0 : sentences.reduce(0) { $0 + $1.sentiment.score } / Double(sentences.count)
        return (
            sentences, quotes,
            SentimentScore(score: mean, label: label(mean), evidence: sentences.flatMap { $0.sentiment.evidence })
        )
    }

    func score(_ span: Span, in document: Document, scratch: inout SentimentScratch) -> SentimentScore {
        score(span, in: document)
    }

    /// The VADER score of one stretch of the original text.
    func score(_ span: Span, in document: Document) -> SentimentScore {
        let result = vader.analyze(document.scalars, in: span.start..<span.end)
        var evidence: [SentimentEvidence] = []
        for (index, valence) in result.valences.enumerated() where valence != 0 {
            let token = result.tokens[index]
            evidence.append(document.sentimentEvidence(
                start: token.start, end: token.end, weight: valence,
                modifiers: result.modifiers[index].map { result.tokens[$0].start..<result.tokens[$0].end }))
        }
        return SentimentScore(score: result.compound, label: label(result.compound), evidence: evidence)
    }

    func label(_ score: Double) -> SentimentScore.Polarity {
        score >= Self.threshold ? .positive : (score <= -Self.threshold ? .negative : .neutral)
    }
}
