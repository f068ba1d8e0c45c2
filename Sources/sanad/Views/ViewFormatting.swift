import Foundation
import SanadCore

extension SentimentScore {
    /// The label and the signed score with two decimals, as people read it: `negative -0.40`.
    var readable: String { "\(label.rawValue) \(String(format: "%+.2f", score))" }
}

/// A confidence or other number shown with two decimals: `0.92`.
func twoDecimals(_ value: Double) -> String { String(format: "%.2f", value) }

extension Quote.Speaker {
    /// The speaker's name as shown: the linked entity's canonical name, or the mention as written.
    var name: String { canonical ?? text }
}

extension Array where Element == SpanSentiment {
    /// The scores keyed by the span they score, so a sentence or quote finds its own (the first wins on duplicates).
    var bySpan: [Span: SentimentScore] {
        Dictionary(map { ($0.span, $0.sentiment) }, uniquingKeysWith: { first, _ in first })
    }
}

/// Text squeezed onto one line, for formats where a line break ends a record (CoNLL rows and comments, numbered
/// sentences in the terminal): tabs and line breaks (LF, VT, FF, CR, NEL, LS, PS) become spaces.
enum SingleLine {
    /// `scalars` on one line, as a string.
    static func text(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        append(scalars, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `scalars` on one line to `bytes`, as UTF-8.
    static func append(_ scalars: some Sequence<Unicode.Scalar>, to bytes: inout [UInt8]) {
        for scalar in scalars {
            switch scalar.value {
            case 0x09...0x0D, 0x85, 0x2028, 0x2029: bytes.append(0x20)
            default: UTF8.encode(scalar) { bytes.append($0) }
            }
        }
    }
}

extension Document {
    /// The document without the annotations of layers outside `layers`: a view shows what the pipeline produced.
    func keeping(_ layers: Set<Layer>) -> Document {
        var document = self
        if !layers.contains(.tokens) { document.tokens = [] }
        if !layers.contains(.sentences) { document.sentences = [] }
        if !layers.contains(.entities) { document.entities = [] }
        if !layers.contains(.quotes) { document.quotes = [] }
        if !layers.contains(.sentiment) { document.sentiment = nil }
        return document
    }
}
