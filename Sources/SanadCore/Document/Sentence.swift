/// One sentence of the original text (a headline line without final punctuation counts as one).
public struct Sentence: Hashable, Sendable, Codable, Spanned {
    public var start: Int
    public var end: Int

    /// Creates a sentence covering `span`, without surrounding whitespace.
    public init(span: Span) {
        start = span.start
        end = span.end
    }
}
