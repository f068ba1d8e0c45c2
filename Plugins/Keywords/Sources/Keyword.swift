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

    /// The keyword of `candidate`, whose relevance against the best is `relevance`.
    init(candidate: Candidate, relevance: Double, document: Document) {
        var forms: [String: Int] = [:]
        var first: [String] = []
        for span in candidate.occurrences {
            let text = document.text(of: span)
            if forms[text] == nil { first.append(text) }
            forms[text, default: 0] += 1
        }
        let most = forms.values.max() ?? 0
        text = first.first { forms[$0] == most } ?? ""
        self.relevance = relevance
        yake = candidate.score
        occurrences = candidate.occurrences
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
