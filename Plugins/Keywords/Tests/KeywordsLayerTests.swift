import SanadCore
import Testing

/// The `keywords` layer as other tools read it.
@Suite struct KeywordsLayerTests {
    @Test func eachPhraseHasTextScoresCountAndOccurrences() throws {
        let document = try KeywordsRun.result("الأمم المتحدة تحذر. وقالت الأمم المتحدة إن الوضع خطير.").document
        guard case .array(let items)? = document.extensions["keywords"], case .object(let first)? = items.first else {
            return #expect(Bool(false), "no keywords")
        }
        #expect(Set(first.keys) == ["text", "score", "yake", "count", "occurrences"])
        #expect(first["text"] == "الأمم المتحدة")
        #expect(first["score"] == 1)
        #expect(first["count"] == 2)
        #expect(
            first["occurrences"]
                == [
                    ["start": 0, "end": 13, "text": "الأمم المتحدة"],
                    ["start": 26, "end": 39, "text": "الأمم المتحدة"],
                ])
    }

    @Test func scoresFallFromTheBestPhrase() throws {
        let scores = try KeywordsRun.phrases(
            "تصعيد جديد في قطاع غزة. وقال مسؤولون إن الغارات على قطاع غزة استمرت. وطالبت الأمم المتحدة بوقف القتال."
        )
        .map(\.score)
        #expect(scores.first == 1)
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 })
    }

    @Test func aTextOfStopwordsAndNumbersHasNoPhrases() throws {
        #expect(try KeywordsRun.phrases("قال إن 300 في، من 2020.") == [])
        #expect(try KeywordsRun.phrases("") == [])
    }

    @Test func stageDoneCountsThePhrasesReported() throws {
        let result = try KeywordsRun.result("الأمم المتحدة تحذر. وقالت الأمم المتحدة إن الوضع خطير.")
        let reported = try KeywordsRun.phrases("الأمم المتحدة تحذر. وقالت الأمم المتحدة إن الوضع خطير.").count
        #expect(result.counts(of: "keywords") == ["keywords": reported])
    }
}
