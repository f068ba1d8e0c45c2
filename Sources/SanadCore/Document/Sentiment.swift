/// How positive or negative the document, its sentences, quotes and entities are, with the words behind each score.
public struct SentimentLayer: Hashable, Sendable, Codable {
    /// The whole document's score.
    public var document: SentimentScore
    /// One score per sentence, in sentence order.
    public var sentences: [SpanSentiment]
    /// One score per quote, when the pipeline has quotes.
    public var quotes: [SpanSentiment]
    /// How each linked entity is spoken of, aggregated over the sentences or quotes that mention it.
    public var entities: [EntitySentiment]

    /// Creates a sentiment layer.
    public init(
        document: SentimentScore, sentences: [SpanSentiment] = [], quotes: [SpanSentiment] = [],
        entities: [EntitySentiment] = []
    ) {
        self.document = document
        self.sentences = sentences
        self.quotes = quotes
        self.entities = entities
    }
}

/// A score in [-1, 1], its label, and the evidence that produced it.
public struct SentimentScore: Hashable, Sendable, Codable {
    /// From -1 (most negative) to 1 (most positive).
    public var score: Double
    /// The score's label.
    public var label: Polarity
    /// The lexicon hits (and modifiers) that the score can be traced back to.
    public var evidence: [SentimentEvidence]

    /// Creates a score.
    public init(score: Double, label: Polarity, evidence: [SentimentEvidence] = []) {
        self.score = score
        self.label = label
        self.evidence = evidence
    }

    /// Sentiment labels.
    public enum Polarity: String, Hashable, Sendable, Codable, CaseIterable {
        case positive, negative, neutral
    }
}

/// A scored stretch of text: a sentence or a quote.
public struct SpanSentiment: Hashable, Sendable, Codable, Spanned {
    public var start: Int
    public var end: Int
    /// The stretch's score.
    public var sentiment: SentimentScore

    /// Creates a scored span.
    public init(span: Span, sentiment: SentimentScore) {
        start = span.start
        end = span.end
        self.sentiment = sentiment
    }
}

/// How one linked entity is spoken of.
public struct EntitySentiment: Hashable, Sendable, Codable {
    /// The entity identifier from the `entities` layer.
    public var entity: String
    /// The entity's canonical name.
    public var canonical: String
    /// The aggregated score.
    public var sentiment: SentimentScore

    /// Creates an entity score.
    public init(entity: String, canonical: String, sentiment: SentimentScore) {
        self.entity = entity
        self.canonical = canonical
        self.sentiment = sentiment
    }
}

/// One word or phrase that moved a score, and what modified it (negation, intensifier, contrast…).
public struct SentimentEvidence: Hashable, Sendable, Codable, Spanned {
    public var start: Int
    public var end: Int
    /// The words as written.
    public var text: String
    /// The signed contribution to the score after modifiers.
    public var weight: Double
    /// The modifiers that changed the weight, as written (`لم`, `جداً`).
    public var modifiers: [String]

    /// Creates a piece of evidence.
    public init(span: Span, text: String, weight: Double, modifiers: [String] = []) {
        start = span.start
        end = span.end
        self.text = text
        self.weight = weight
        self.modifiers = modifiers
    }
}
