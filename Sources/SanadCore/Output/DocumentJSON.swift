import Foundation

/// The output schema: how a processed document is written as one JSON object.
///
/// ```json
/// {"schema": "sanad.document/1", "id": "a.txt", "text": "…", "normalized": "…",
///  "tokens": [{"start": 0, "end": 5, "kind": "word", "prefix": 2, "stem": 2}], "sentences": [{"start": 0, "end": 9}],
///  "entities": […], "quotes": […], "sentiment": {…}, "layers": {"quantities": …}, "title": "passed through"}
/// ```
///
/// A layer appears exactly when some stage of the pipeline produces it, even when it is empty for this document,
/// so consumers can tell "found nothing" from "not asked". Fields of a JSONL input record other than `id` and
/// `text` follow at the top level unchanged.
public enum DocumentJSON {
    /// The schema identifier written in every document; bumped when a field changes meaning or goes away.
    public static let schema = "sanad.document/1"

    /// Top-level keys that Sanad writes, which input records may not use for their own fields.
    public static let reservedKeys: Set<String> = [
        "schema", "id", "text", "normalized", "tokens", "sentences", "entities", "quotes", "sentiment", "layers",
    ]

    /// The JSON text of `document`, with the layers in `layers`.
    public static func encode(_ document: Document, layers: Set<Layer>) throws -> String {
        try encode(document, layers: layers, after: JSONBuffer()).string
    }

    /// `prefix` followed by the JSON text of `document`, as UTF-8 bytes ready to write.
    public static func encode(_ document: Document, layers: Set<Layer>, after prefix: JSONBuffer) throws -> JSONBuffer {
        var out = prefix
        out.reserveCapacity(document.text.utf8.count * 3 + 64 * document.tokens.count)
        out.raw("{\"schema\":")
        out.string(schema)
        out.raw(",\"id\":")
        out.string(document.id)
        out.raw(",\"text\":")
        out.string(document.text)
        if layers.contains(.normalized), let normalized = document.normalized {
            out.raw(",\"normalized\":")
            out.string(scalars: normalized.scalars)
        }
        if layers.contains(.tokens) { writeTokens(document.tokens, into: &out) }
        if layers.contains(.sentences) { writeSentences(document.sentences, into: &out) }
        try out.withWriter { out in
            if layers.contains(.entities) {
                out.raw(",\"entities\":")
                try LayerJSON.array(document.entities, into: &out, LayerJSON.write)
            }
            if layers.contains(.quotes) {
                out.raw(",\"quotes\":")
                try LayerJSON.array(document.quotes, into: &out, LayerJSON.write)
            }
            if layers.contains(.sentiment) {
                out.raw(",\"sentiment\":")
                if let sentiment = document.sentiment { try LayerJSON.write(sentiment, into: &out) } else { out.raw("null") }
            }
        }
        let custom = layers.map(\.rawValue).filter { !reservedKeys.contains($0) }.sorted()
        if !custom.isEmpty {
            out.raw(",\"layers\":")
            out.value(.object(Dictionary(uniqueKeysWithValues: custom.map { ($0, document.extensions[$0] ?? .null) })))
        }
        for key in document.metadata.keys.sorted() {
            out.raw(",")
            out.string(key)
            out.raw(":")
            out.value(document.metadata[key]!)
        }
        out.raw("}")
        return out
    }

    /// Tokens are the largest layer by far: written straight into the buffer's memory rather than through `JSONEncoder`, in
    /// the same shape as ``Token``'s `Codable` form.
    private static func writeTokens(_ tokens: [Token], into out: inout JSONBuffer) {
        out.raw(",\"tokens\":[")
        out.withCursor { cursor in
            for (index, token) in tokens.enumerated() {
                cursor.makeRoom(longestToken)
                if index > 0 { cursor.byte(UInt8(ascii: ",")) }
                cursor.openSpan(start: token.start, end: token.end)
                cursor.raw(",\"kind\":")
                cursor.raw(token.kind.jsonLiteral)
                if token.prefix > 0 {
                    cursor.raw(",\"prefix\":")
                    cursor.integer(token.prefix)
                    cursor.raw(",\"stem\":")
                    cursor.integer(token.stem.start)
                }
                cursor.byte(UInt8(ascii: "}"))
            }
        }
        out.raw("]")
    }

    /// Sentences, written like tokens.
    private static func writeSentences(_ sentences: [Sentence], into out: inout JSONBuffer) {
        out.raw(",\"sentences\":[")
        out.withCursor { cursor in
            for (index, sentence) in sentences.enumerated() {
                cursor.makeRoom(longestToken)
                if index > 0 { cursor.byte(UInt8(ascii: ",")) }
                cursor.openSpan(start: sentence.start, end: sentence.end)
                cursor.byte(UInt8(ascii: "}"))
            }
        }
        out.raw("]")
    }

    /// More bytes than one token or sentence object takes: four integers of at most 20 bytes, the keys and the kind.
    private static let longestToken = 4 * 20 + 64 + Token.Kind.allCases.map(\.jsonLiteral.utf8CodeUnitCount).max()!
}

extension Token.Kind {
    /// The kind's raw value as a JSON string literal, quotes included.
    ///
    /// A constant per kind: looking the literal up in a table of arrays cost a retain and release per token, a
    /// measurable part of writing the output. A test checks each against `rawValue`.
    var jsonLiteral: StaticString {
        switch self {
        case .word: "\"word\""
        case .number: "\"number\""
        case .punctuation: "\"punctuation\""
        case .symbol: "\"symbol\""
        case .url: "\"url\""
        case .email: "\"email\""
        case .hashtag: "\"hashtag\""
        case .mention: "\"mention\""
        }
    }
}
