import Foundation
import SanadCore

/// Checks that annotations point into the original text correctly: every span in bounds and well-formed, and every
/// annotation that carries its `text` equal to the original slice.
///
/// Two forms: over a ``Document`` (stage tests) and over the JSON that `sanad run` prints (CLI tests), where any
/// nested object with integer `start` and `end` is a span.
public enum SpanAudit {
    /// Descriptions of every bad span in `document`'s layers; empty when all is well.
    public static func violations(in document: Document) -> [String] {
        var problems: [String] = []
        let length = document.scalars.count
        func check(_ layer: String, _ span: Span, text: String? = nil) {
            guard span.start >= 0, span.end <= length else {
                problems.append("\(layer) \(span) is outside the text (length \(length))")
                return
            }
            if let text, document.text(of: span) != text {
                problems.append("\(layer) \(span) says \"\(text)\" but the text there is \"\(document.text(of: span))\"")
            }
        }
        for token in document.tokens {
            check("token", token.span)
            if token.prefix > 0, token.prefix >= token.span.length { problems.append("token \(token.span) has no stem") }
        }
        for sentence in document.sentences { check("sentence", sentence.span) }
        for entity in document.entities { check("entity", entity.span, text: entity.text) }
        for quote in document.quotes {
            check("quote", quote.span, text: quote.text)
            if let cue = quote.cue { check("quote cue", cue.span, text: cue.text) }
            if let speaker = quote.speaker { check("quote speaker", speaker.span, text: speaker.text) }
        }
        if let sentiment = document.sentiment {
            let scored = sentiment.sentences + sentiment.quotes
            for item in scored {
                check("sentiment", item.span)
                for evidence in item.sentiment.evidence { check("sentiment evidence", evidence.span, text: evidence.text) }
            }
            for evidence in sentiment.document.evidence { check("sentiment evidence", evidence.span, text: evidence.text) }
        }
        return problems
    }

    /// Descriptions of every bad span in one output document (a JSON object as `sanad run` writes it).
    public static func violations(inOutputJSON object: [String: Any]) -> [String] {
        guard let text = object["text"] as? String else { return ["output has no \"text\""] }
        let scalars = Array(text.unicodeScalars)
        return object.keys.sorted().filter { $0 != "text" }.flatMap { key in
            JSONSpans.violations(in: JSONValue(foundation: object[key]!), of: scalars, path: key)
        }
    }
}
