import Foundation
import Logging
import SanadCore
import SanadStages
import Testing

@Suite("normalize: stage")
struct NormalizeStageTests {
    @Test("the stage is registered as a built-in under the name normalize")
    func isRegistered() {
        #expect(BuiltinStages.registry.stage(named: "normalize") == NormalizeStage.self)
        #expect(NormalizeStage.produces == [.normalized])
        #expect(NormalizeStage.requires.isEmpty)
    }

    @Test("process sets the document's normalized layer, which becomes its view")
    func setsNormalizedLayer() {
        var document = Document(id: "d", text: "قالَ  الرئيسُ")
        var context = StageContext(logger: Logger(label: "test"))
        NormalizeStage(options: NormalizeOptions()).process(&document, context: &context)
        #expect(document.normalized.map { ScalarText($0.text) } == "قال الرئيس")
        #expect(document.view.originalSpan(start: 4, end: 10) == Span(start: 6, end: 13))
    }

    @Test("process counts changed_chars and each kind of change that happened")
    func reportsCounts() {
        var document = Document(id: "d", text: "أَحمد  ٢")
        var context = StageContext(logger: Logger(label: "test"))
        NormalizeStage(options: NormalizeOptions()).process(&document, context: &context)
        #expect(context.counts == [
            "changed_chars": 5, "alef_normalized": 1, "diacritics_removed": 1, "whitespace_collapsed": 2, "digits": 1,
        ])
    }

    @Test("process reports changed_chars 0 and nothing else for text it leaves alone")
    func reportsZeroChanges() {
        var document = Document(id: "d", text: "محمد في القاهرة")
        var context = StageContext(logger: Logger(label: "test"))
        NormalizeStage(options: NormalizeOptions()).process(&document, context: &context)
        #expect(context.counts == ["changed_chars": 0])
    }
}

@Suite("normalize: options")
struct NormalizeOptionsTests {
    @Test("the defaults suit Arabic news")
    func defaults() {
        let options = NormalizeOptions()
        #expect(options.unicode == .nfkc)
        #expect(options.diacritics == .remove && options.tatweel == .remove && options.controls == .remove)
        #expect(options.alef && options.digits && options.quotes)
        #expect(!options.alefMaqsura && !options.tehMarbuta)
        #expect(options.whitespace == .collapse)
    }

    @Test("encoding writes exactly the documented keys")
    func encodedKeysMatchDocumentation() throws {
        let data = try JSONEncoder().encode(NormalizeOptions())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == Set(NormalizeOptions.documentation.map(\.key)))
    }

    @Test("decoding keeps the default of every key it is not given")
    func decodesPartialOptions() throws {
        let json = #"{"alef_maqsura": true, "unicode": "nfc"}"#
        let options = try JSONDecoder().decode(NormalizeOptions.self, from: Data(json.utf8))
        #expect(options.alefMaqsura && options.unicode == .nfc)
        #expect(options.alef && options.diacritics == .remove)
    }

    @Test("decoding an unknown choice names the allowed ones")
    func rejectsUnknownChoice() {
        #expect {
            try JSONDecoder().decode(NormalizeOptions.self, from: Data(#"{"unicode": "nfd"}"#.utf8))
        } throws: { error in
            String(describing: error).contains("expected one of: nfc, nfkc, none, not 'nfd'")
        }
    }

    @Test("the choice options document their values")
    func documentsChoices() {
        let types = Dictionary(uniqueKeysWithValues: NormalizeOptions.documentation.map { ($0.key, $0.type) })
        #expect(types["unicode"] == "one of: nfc, nfkc, none")
        #expect(types["diacritics"] == "one of: remove, keep")
        #expect(types["whitespace"] == "one of: collapse, keep")
        #expect(types["alef"] == "bool")
    }
}
