/// One token of the original text: a word, number, punctuation mark, URL, e-mail address, hashtag or mention.
///
/// Arabic proclitics (و ف ب ل ك ال and their combinations) stay inside the token, so token offsets always follow the
/// text as written; ``prefix`` says how many code points of the token they take, so a later stage can match
/// `والقاهرة` as `القاهرة` through ``stem``.
public struct Token: Hashable, Sendable, Codable, Spanned {
    public var start: Int
    public var end: Int
    /// What sort of token this is.
    public var kind: Kind
    /// Code points of attached proclitics at the start of the token (0 when none).
    public var prefix: Int

    /// Creates a token covering `span`, whose first `prefix` code points are proclitics.
    public init(span: Span, kind: Kind, prefix: Int = 0) {
        precondition(prefix >= 0 && (prefix == 0 || prefix < span.length), "a clitic prefix must leave a stem")
        start = span.start
        end = span.end
        self.kind = kind
        self.prefix = prefix
    }

    /// The token without its proclitics: where `فرنسا` sits inside `لفرنسا`.
    public var stem: Span { Span(start: start + prefix, end: end) }

    /// The categories of token that the segmenter tells apart.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case word, number, punctuation, symbol, url, email, hashtag, mention
    }

    private enum CodingKeys: String, CodingKey { case start, end, kind, prefix, stem }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        start = try container.decode(Int.self, forKey: .start)
        end = try container.decode(Int.self, forKey: .end)
        kind = try container.decode(Kind.self, forKey: .kind)
        prefix = try container.decodeIfPresent(Int.self, forKey: .prefix) ?? 0
    }

    /// Writes `start`, `end`, `kind`, and `prefix` + `stem` only when the token has proclitics.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(kind, forKey: .kind)
        if prefix > 0 {
            try container.encode(prefix, forKey: .prefix)
            try container.encode(stem.start, forKey: .stem)
        }
    }
}
