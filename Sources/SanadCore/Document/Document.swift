/// One text to analyse, with every annotation layer that stages have added to it.
///
/// The original ``text`` never changes; every layer points into it with code point offsets.
public struct Document: Sendable {
    /// The document's identifier: the file path as given, the JSONL `id`, or `stdin`.
    public let id: String
    /// The original text, as read.
    public let text: String
    /// The original text's code points, for offset arithmetic without `String.Index`.
    public let scalars: [Unicode.Scalar]

    /// The normalized view and its alignment map (the `normalized` layer).
    public var normalized: NormalizedText?
    /// Tokens in text order (the `tokens` layer).
    public var tokens: [Token] = []
    /// Sentences in text order (the `sentences` layer).
    public var sentences: [Sentence] = []
    /// Named-entity mentions in text order (the `entities` layer).
    public var entities: [Entity] = []
    /// Reported statements in text order (the `quotes` layer).
    public var quotes: [Quote] = []
    /// Sentiment scores (the `sentiment` layer).
    public var sentiment: SentimentLayer?
    /// Results of custom stages, each under its own layer name.
    public var extensions: [String: JSONValue] = [:]
    /// Fields of the input record other than `id` and `text`, passed through to the output unchanged.
    public var metadata: [String: JSONValue] = [:]

    /// Creates a document with no annotations.
    public init(id: String, text: String, metadata: [String: JSONValue] = [:]) {
        self.id = id
        self.text = text
        self.scalars = ScalarDecoding.scalars(of: text)
        self.metadata = metadata
    }

    /// The view stages match on: the normalized text when a `normalize` stage ran, the original otherwise.
    public var view: NormalizedText {
        normalized ?? NormalizedText(identity: scalars)
    }

    /// The original text covered by `span`.
    ///
    /// The code points are encoded straight into the string's UTF-8 storage, sized first: appending them to a
    /// `String.UnicodeScalarView` one by one takes several times longer.
    public func text(of span: Span) -> String {
        String(scalars: scalars[span.start..<span.end])
    }
}
