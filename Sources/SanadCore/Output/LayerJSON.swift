/// The JSON of the entity, quote and sentiment layers, written straight into the output buffer.
///
/// The same objects as the types' `Codable` forms (optional fields left out when nil, numbers as `JSONEncoder` writes
/// a `Double`), with keys in declaration order. `JSONEncoder` took a seventh of `sanad run arabic-news`, and on Linux
/// it writes keys in the order of a hashed dictionary, which changes from one run to the next; these keys always
/// come out in the same order. Strings are escaped like the rest of the document (``JSONBuffer/string(_:)``). They
/// are written through a ``JSONWriter``, many small pieces as they are.
enum LayerJSON {
    /// Appends `items` as a JSON array, each written by `element`.
    ///
    /// Inlined, so that each layer's loop is made for its own element type, and each element handed to `element`
    /// where it lies: left generic, the loop copied every entity, quote and score through its value witnesses,
    /// retaining and releasing its strings.
    @inline(__always) static func array<Item>(
        _ items: [Item], into out: inout JSONWriter, _ element: (Item, inout JSONWriter) throws -> Void
    ) rethrows {
        out.raw("[")
        for index in items.indices {
            if index > 0 { out.raw(",") }
            try element(items[index], &out)
        }
        out.raw("]")
    }

    static func write(_ entity: Entity, into out: inout JSONWriter) throws {
        span(entity, text: entity.text, into: &out)
        out.raw(",\"label\":")
        out.string(entity.label.rawValue)
        optional(",\"entity\":", entity.entity, into: &out)
        optional(",\"canonical\":", entity.canonical, into: &out)
        if let confidence = entity.confidence {
            out.raw(",\"confidence\":")
            try out.double(confidence)
        }
        out.raw("}")
    }

    static func write(_ quote: Quote, into out: inout JSONWriter) throws {
        span(quote, text: quote.text, into: &out)
        out.raw(",\"kind\":")
        out.string(quote.kind.rawValue)
        if let cue = quote.cue {
            out.raw(",\"cue\":")
            span(cue, text: cue.text, into: &out)
            out.raw(",\"lemma\":")
            out.string(cue.lemma)
            out.raw("}")
        }
        if let speaker = quote.speaker {
            out.raw(",\"speaker\":")
            span(speaker, text: speaker.text, into: &out)
            optional(",\"entity\":", speaker.entity, into: &out)
            optional(",\"canonical\":", speaker.canonical, into: &out)
            out.raw(",\"resolution\":")
            out.string(speaker.resolution.rawValue)
            out.raw(",\"confidence\":")
            try out.double(speaker.confidence)
            out.raw("}")
        }
        out.raw("}")
    }

    static func write(_ sentiment: SentimentLayer, into out: inout JSONWriter) throws {
        out.raw("{\"document\":")
        try write(sentiment.document, into: &out)
        out.raw(",\"sentences\":")
        try array(sentiment.sentences, into: &out, write)
        out.raw(",\"quotes\":")
        try array(sentiment.quotes, into: &out, write)
        out.raw(",\"entities\":")
        try array(sentiment.entities, into: &out) { entity, out in
            out.raw("{\"entity\":")
            out.string(entity.entity)
            out.raw(",\"canonical\":")
            out.string(entity.canonical)
            out.raw(",\"sentiment\":")
            try write(entity.sentiment, into: &out)
            out.raw("}")
        }
        out.raw("}")
    }

    private static func write(_ score: SentimentScore, into out: inout JSONWriter) throws {
        out.raw("{\"score\":")
        try out.double(score.score)
        out.raw(",\"label\":")
        out.string(score.label.rawValue)
        out.raw(",\"evidence\":")
        try array(score.evidence, into: &out) { evidence, out in
            span(evidence, text: evidence.text, into: &out)
            out.raw(",\"weight\":")
            try out.double(evidence.weight)
            out.raw(",\"modifiers\":")
            array(evidence.modifiers, into: &out) { modifier, out in out.string(modifier) }
            out.raw("}")
        }
        out.raw("}")
    }

    private static func write(_ span: SpanSentiment, into out: inout JSONWriter) throws {
        out.openSpan(start: span.start, end: span.end)
        out.raw(",\"sentiment\":")
        try write(span.sentiment, into: &out)
        out.raw("}")
    }

    /// Opens an object with `start`, `end` and `text`; the caller adds the rest and closes it.
    private static func span(_ span: some Spanned, text: String, into out: inout JSONWriter) {
        out.openSpan(start: span.start, end: span.end)
        out.raw(",\"text\":")
        out.string(text)
    }

    /// Appends `key` and the string when there is one.
    private static func optional(_ key: StaticString, _ value: String?, into out: inout JSONWriter) {
        guard let value else { return }
        out.raw(key)
        out.string(value)
    }
}
