import Foundation
import Keywords
import SanadCore
import Testing

/// The stage's options and the settings it refuses.
@Suite struct KeywordsOptionsTests {
    let article = """
        تصعيد جديد في قطاع غزة. وقال مسؤولون إن الغارات على قطاع غزة استمرت. وطالبت الأمم المتحدة بوقف القتال في \
        قطاع غزة فورا. وأعلنت الأمم المتحدة إرسال مساعدات.
        """

    @Test func topLimitsTheList() throws {
        var options = KeywordsOptions()
        options.top = 2
        #expect(try KeywordsRun.texts(article, options).count == 2)
    }

    @Test func aPhraseSeenOnceIsReportedOnlyWhenAllowed() throws {
        #expect(try !KeywordsRun.texts(article).contains("تصعيد جديد"))
        var options = KeywordsOptions()
        options.minPhraseCount = 1
        options.top = 30
        #expect(try KeywordsRun.texts(article, options).contains("تصعيد جديد"))
    }

    @Test func extraStopwordsAreLeftOut() throws {
        var options = KeywordsOptions()
        options.stopwords = ["غزة"]
        #expect(try KeywordsRun.texts(article, options).allSatisfy { !$0.contains("غزة") })
    }

    @Test func maxWordsBoundsThePhraseLength() throws {
        var options = KeywordsOptions()
        options.maxWords = 1
        #expect(try KeywordsRun.texts(article, options).allSatisfy { !$0.contains(" ") })
    }

    @Test func withoutDropRepeatsAPhraseInsideABetterOneStays() throws {
        var options = KeywordsOptions()
        options.dropRepeats = false
        options.top = 30
        let text = "قصف في قطاع غزة. وتواصل القصف على قطاع غزة. ونزح سكان غزة."
        #expect(try !KeywordsRun.texts(text).contains("غزة"))
        let texts = try KeywordsRun.texts(text, options)
        #expect(texts.contains("قطاع غزة") && texts.contains("غزة"))
    }

    @Test(arguments: [("top", 0), ("max_words", 7), ("min_phrase_count", 0)])
    func outOfRangeNumbersAreRefusedNamingTheOption(key: String, value: Int) throws {
        let options = try JSONDecoder().decode(KeywordsOptions.self, from: Data(#"{"\#(key)": \#(value)}"#.utf8))
        let error = #expect(throws: StageSetupError.self) { try KeywordsStage(options: options) }
        #expect(error?.message.contains("`\(key)` is \(value)") == true)
    }

    @Test func optionsEncodeToExactlyTheDocumentedKeys() throws {
        let data = try JSONEncoder().encode(KeywordsOptions())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == Set(KeywordsOptions.documentation.map(\.key)))
    }
}
