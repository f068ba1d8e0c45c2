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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var out = "{\"schema\":\"\(schema)\",\"id\":"
        JSONLine.writeString(document.id, into: &out)
        out += ",\"text\":"
        JSONLine.writeString(document.text, into: &out)
        func field(_ name: String, _ value: some Encodable) throws {
            out += ",\"\(name)\":"
            out += String(decoding: try encoder.encode(value), as: UTF8.self)
        }
        if layers.contains(.normalized), let normalized = document.normalized {
            out += ",\"normalized\":"
            JSONLine.writeString(normalized.text, into: &out)
        }
        if layers.contains(.tokens) { writeTokens(document.tokens, into: &out) }
        if layers.contains(.sentences) { writeSentences(document.sentences, into: &out) }
        if layers.contains(.entities) { try field("entities", document.entities) }
        if layers.contains(.quotes) { try field("quotes", document.quotes) }
        if layers.contains(.sentiment) { try field("sentiment", document.sentiment) }
        let custom = layers.map(\.rawValue).filter { !reservedKeys.contains($0) }.sorted()
        if !custom.isEmpty {
            let values = custom.map { (name: $0, value: document.extensions[$0] ?? .null) }
            out += ",\"layers\":"
            out += JSONLine.encode(.object(Dictionary(uniqueKeysWithValues: values.map { ($0.name, $0.value) })))
        }
        for key in document.metadata.keys.sorted() {
            out += ","
            JSONLine.writeString(key, into: &out)
            out += ":" + JSONLine.encode(document.metadata[key]!)
        }
        return out + "}"
    }

    /// Tokens are the largest layer by far: written directly rather than through `JSONEncoder`, in the same shape
    /// as ``Token``'s `Codable` form.
    private static func writeTokens(_ tokens: [Token], into out: inout String) {
        out += ",\"tokens\":["
        for (index, token) in tokens.enumerated() {
            if index > 0 { out += "," }
            out += "{\"start\":\(token.start),\"end\":\(token.end),\"kind\":\"\(token.kind.rawValue)\""
            if token.prefix > 0 { out += ",\"prefix\":\(token.prefix),\"stem\":\(token.stem.start)" }
            out += "}"
        }
        out += "]"
    }

    /// Sentences, written directly like tokens.
    private static func writeSentences(_ sentences: [Sentence], into out: inout String) {
        out += ",\"sentences\":["
        for (index, sentence) in sentences.enumerated() {
            if index > 0 { out += "," }
            out += "{\"start\":\(sentence.start),\"end\":\(sentence.end)}"
        }
        out += "]"
    }
}
