import Foundation
import SanadCore

/// One key phrase as the stage reports it.
struct Keyword {
    /// The phrase as most often written (first such occurrence on a tie).
    let text: String
    /// The best phrase's YAKE score over this one's: 1 for the best, smaller for the rest.
    let relevance: Double
    /// The YAKE score (lower is more relevant), comparable between documents of similar length.
    let yake: Double
    /// Every occurrence, in text order.
    let occurrences: [Span]

    /// The keyword occurring at `occurrences`, with YAKE score `score` and `relevance` against the best.
    init(occurrences: [Span], score: Double, relevance: Double, document: Document) {
        // Forms compared by code points: hashing `String`s would normalize them, for nothing.
        var forms: [[UInt32]: Int] = [:]
        var first: [(form: [UInt32], span: Span)] = []
        for span in occurrences {
            let form = document.scalars[span.start..<span.end].map(\.value)
            if forms[form] == nil { first.append((form, span)) }
            forms[form, default: 0] += 1
        }
        let most = forms.values.max() ?? 0
        text = first.first { forms[$0.form] == most }.map { document.text(of: $0.span) } ?? ""
        self.relevance = relevance
        yake = score
        self.occurrences = occurrences
    }

    /// The JSON object of the `keywords` layer.
    func json(in document: Document) -> JSONValue {
        .object([
            "text": .string(text),
            "score": .number((relevance * 10_000).rounded() / 10_000),
            "yake": .number(yake),
            "count": .number(Double(occurrences.count)),
            "occurrences": .array(
                occurrences.map { span in
                    [
                        "start": .number(Double(span.start)), "end": .number(Double(span.end)),
                        "text": .string(document.text(of: span)),
                    ]
                }),
        ])
    }
}
