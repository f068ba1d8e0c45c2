import Keywords
import SanadCore
import SanadStages
import SanadTesting
import Testing

/// One phrase of the `keywords` layer, as a test reads it.
struct Phrase: Equatable {
    let text: String
    let score: Double
    let count: Int
    /// The original text of every occurrence.
    let occurrences: [String]
}

/// Runs `normalize`, `segment` and `keywords` on a text and reads the layer back.
enum KeywordsRun {
    /// The harness result of the three stages on `text`.
    static func result(_ text: String, _ options: KeywordsOptions = KeywordsOptions()) throws -> HarnessResult {
        try StageHarness.run(
            [
                NormalizeStage(options: NormalizeOptions()), try SegmentStage(options: SegmentOptions()),
                try KeywordsStage(options: options),
            ], on: text)
    }

    /// The phrases found in `text`, best first; every occurrence's `text` must be the original slice at its span.
    static func phrases(_ text: String, _ options: KeywordsOptions = KeywordsOptions()) throws -> [Phrase] {
        let document = try result(text, options).document
        guard case .array(let items)? = document.extensions["keywords"] else {
            Issue.record("no keywords layer")
            return []
        }
        return items.compactMap { item in
            guard case .object(let object) = item, case .string(let text)? = object["text"],
                case .number(let score)? = object["score"], case .number(let count)? = object["count"],
                case .array(let occurrences)? = object["occurrences"]
            else {
                Issue.record("not a keyword: \(item)")
                return nil
            }
            let texts = occurrences.compactMap { occurrence -> String? in
                guard case .object(let span) = occurrence, case .number(let start)? = span["start"],
                    case .number(let end)? = span["end"], case .string(let text)? = span["text"]
                else { return nil }
                #expect(document.text(of: Span(start: Int(start), end: Int(end))) == text)
                return text
            }
            #expect(texts.count == Int(count))
            return Phrase(text: text, score: score, count: Int(count), occurrences: texts)
        }
    }

    /// The texts of the phrases found in `text`, best first.
    static func texts(_ text: String, _ options: KeywordsOptions = KeywordsOptions()) throws -> [String] {
        try phrases(text, options).map(\.text)
    }
}
