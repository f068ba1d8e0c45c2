import Foundation

/// Checks a plugin's answer for one document and adds its layers to the document.
///
/// The answer is `{"id": N, "layers": {LAYER: value, …}}` with exactly the layers the stage produces, or
/// `{"id": N, "error": "message"}`. A built-in layer (`tokens`, `sentences`, `entities`, `quotes`, `sentiment`) must
/// have its shape in the output schema and replaces that layer; any other layer is kept as it is, under its name.
/// Every span in every layer must lie within the text, and an annotation's `text` must be what it covers.
enum ExternalReply {
    /// Adds the layers of `answer` to `document`.
    /// - Throws: the plugin's error, or why the answer is refused.
    static func apply(_ answer: [String: JSONValue], to document: inout Document, produces: Set<Layer>)
        throws(StageProcessingError)
    {
        if let error = answer["error"] {
            throw StageProcessingError("the plugin failed on it: \(errorMessage(error))")
        }
        guard case .object(let layers)? = answer["layers"] else {
            throw StageProcessingError("refused the plugin's answer: it has no \"layers\" object (or \"error\")")
        }
        if let extra = layers.keys.sorted().first(where: { !produces.contains(Layer($0)) }) {
            throw StageProcessingError(
                "refused the plugin's answer: it returned the layer `\(extra)`, which it does not produce "
                    + "(it produces \(produces.sorted().map { "`\($0)`" }.joined(separator: ", ")))")
        }
        if let missing = produces.sorted().first(where: { layers[$0.rawValue] == nil }) {
            throw StageProcessingError("refused the plugin's answer: it has no `\(missing)` layer")
        }
        for name in layers.keys.sorted() {
            let violations = JSONSpans.violations(in: layers[name]!, of: document.scalars, path: name)
            if !violations.isEmpty {
                let shown = violations.prefix(3).joined(separator: "; ")
                let more = violations.count > 3 ? " (and \(violations.count - 3) more)" : ""
                throw StageProcessingError(
                    "refused the plugin's `\(name)` layer: spans must be code point offsets into the original text: "
                        + shown + more)
            }
        }
        var updated = document
        for (name, value) in layers {
            switch Layer(name) {
            case .tokens: updated.tokens = try decode([Token].self, name, value)
            case .sentences: updated.sentences = try decode([Sentence].self, name, value)
            case .entities: updated.entities = try decode([Entity].self, name, value)
            case .quotes: updated.quotes = try decode([Quote].self, name, value)
            case .sentiment: updated.sentiment = try decode(SentimentLayer.self, name, value)
            default: updated.extensions[name] = value
            }
        }
        if let token = updated.tokens.first(where: {
            $0.prefix < 0 || ($0.prefix > 0 && $0.prefix >= $0.end - $0.start)
        }) {
            throw StageProcessingError(
                "refused the plugin's `tokens` layer: the token at [\(token.start), \(token.end)) has a `prefix` of "
                    + "\(token.prefix), which leaves it no stem")
        }
        document = updated
    }

    /// The message of an `"error"` value: a string, or an object's `"message"`.
    static func errorMessage(_ error: JSONValue) -> String {
        switch error {
        case .string(let message): message
        case .object(let fields): fields["message"].map(errorMessage) ?? JSONLine.encode(error)
        default: JSONLine.encode(error)
        }
    }

    /// A built-in layer's value in its Swift type.
    private static func decode<Value: Decodable>(_ type: Value.Type, _ name: String, _ value: JSONValue)
        throws(StageProcessingError) -> Value
    {
        do {
            return try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(value))
        } catch let error as DecodingError {
            throw StageProcessingError(
                "refused the plugin's `\(name)` layer: it does not have the shape of the output schema "
                    + "(docs/schema.md): \(describe(error, in: name))")
        } catch {
            throw StageProcessingError("refused the plugin's `\(name)` layer: \(error)")
        }
    }

    /// "entities[2].label: expected one of …", from a decoding error.
    private static func describe(_ error: DecodingError, in name: String) -> String {
        let (path, detail): ([any CodingKey], String) =
            switch error {
            case .typeMismatch(let type, let context): (context.codingPath, "expected \(type)")
            case .valueNotFound(let type, let context): (context.codingPath, "expected \(type), found null")
            case .keyNotFound(let key, let context): (context.codingPath, "missing `\(key.stringValue)`")
            case .dataCorrupted(let context): (context.codingPath, context.debugDescription)
            @unknown default: ([], "\(error)")
            }
        let place = path.reduce(name) { place, key in
            key.intValue.map { "\(place)[\($0)]" } ?? "\(place).\(key.stringValue)"
        }
        return "\(place): \(detail)"
    }
}
