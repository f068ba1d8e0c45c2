import SanadCore

/// Building evidence records from original offsets, shared by the Arabic and English scorers.
extension Document {
    /// Evidence for original span `start..<end`, modified by the words at `modifiers`, with weight `weight`.
    func sentimentEvidence(start: Int, end: Int, weight: Double, modifiers: [Range<Int>]) -> SentimentEvidence {
        var seen = Set<Range<Int>>()
        let words = modifiers.filter { seen.insert($0).inserted }.map { text(of: Span(start: $0.lowerBound, end: $0.upperBound)) }
        let span = Span(start: start, end: end)
        return SentimentEvidence(span: span, text: text(of: span), weight: weight, modifiers: words)
    }
}
