import Foundation
import SanadCore
import SanadStages
import Testing

@Suite("segment: options and registration")
struct SegmentOptionsTests {
    @Test func isRegisteredAsABuiltinStage() {
        #expect(BuiltinStages.registry.stage(named: "segment") == SegmentStage.self)
        #expect(SegmentStage.requires.isEmpty)
        #expect(SegmentStage.produces == [.tokens, .sentences])
    }

    @Test func documentsExactlyTheKeysItEncodes() throws {
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(SegmentOptions())) as? [String: Any]
        #expect(Set(encoded?.keys.map { $0 } ?? []) == Set(SegmentOptions.documentation.map(\.key)))
        #expect(SegmentOptions.documentation.map(\.type) == ["one of: always, two, never", "bool", "list of string"])
    }

    @Test func defaultsToEveryLineBreakCliticsOnAndNoExtraAbbreviations() {
        let options = SegmentOptions()
        #expect(options.lineBreaks == .always && options.clitics && options.abbreviations.isEmpty)
    }

    @Test func decodesSomeKeysAndKeepsTheOtherDefaults() throws {
        let options = try JSONDecoder().decode(SegmentOptions.self, from: Data(#"{"line_breaks": "two"}"#.utf8))
        #expect(options.lineBreaks == .two && options.clitics && options.abbreviations.isEmpty)
    }

    @Test func refusesAnUnknownLineBreakPolicyListingTheChoices() {
        #expect {
            try JSONDecoder().decode(SegmentOptions.self, from: Data(#"{"line_breaks": "sometimes"}"#.utf8))
        } throws: { error in
            String(describing: error).contains("expected one of: always, two, never, not 'sometimes'")
        }
    }

    @Test func addsExtraEnglishAbbreviations() throws {
        var options = SegmentOptions()
        #expect(try SegmentRun.sentences("The Cmte. Chair spoke.", options) == ["The Cmte.", "Chair spoke."])
        options.abbreviations = ["Cmte."]
        #expect(try SegmentRun.sentences("The Cmte. Chair spoke.", options) == ["The Cmte. Chair spoke."])
    }

    @Test func addsExtraArabicAbbreviations() throws {
        var options = SegmentOptions()
        #expect(try SegmentRun.sentences("كتب ومجلات إلخ. وغيرها", options) == ["كتب ومجلات إلخ.", "وغيرها"])
        options.abbreviations = ["إلخ"]
        #expect(try SegmentRun.sentences("كتب ومجلات إلخ. وغيرها", options) == ["كتب ومجلات إلخ. وغيرها"])
    }

    @Test func refusesAnAbbreviationThatCanNeverMatch() {
        var options = SegmentOptions()
        options.abbreviations = ["et al."]
        #expect {
            try SegmentStage(options: options)
        } throws: { error in
            (error as? StageSetupError)?.message
                == "segment: abbreviation 'et al.' must be one word of 1 to 12 characters without spaces "
                + "(the final period is optional), e.g. 'Gen.'"
        }
    }

    @Test func countsTokensSentencesAndClitics() throws {
        let (_, counts) = try SegmentRun.document("زار الوزير لبنان. وقال إنه سعيد.")
        #expect(counts == ["tokens": 8, "sentences": 2, "clitics": 2])
    }
}
