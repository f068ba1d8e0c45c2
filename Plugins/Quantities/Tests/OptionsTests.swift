import Foundation
import Quantities
import SanadCore
import Testing

/// The stage's options: which kinds it reports, counted nouns, extra units and currencies, and refused settings.
@Suite struct OptionsTests {
    @Test func kindsNotListedAreNotReported() throws {
        #expect(
            try QuantitiesRun.found("5 آلاف متظاهر و12 مليار دولار", QuantitiesRun.options(kinds: [.money]))
                == [Found("12 مليار دولار", "money", 12e9, unit: "USD")])
    }

    @Test func bareNumbersAreReportedOnlyWhenAsked() throws {
        #expect(try QuantitiesRun.found("ارتفع إلى 300") == [])
        #expect(
            try QuantitiesRun.found("ارتفع إلى 300", QuantitiesRun.options(kinds: [.number])) == [
                Found("300", "number", 300)
            ])
    }

    @Test func aRangeNeedsItsEndsKindListedToo() throws {
        #expect(try QuantitiesRun.found("بين 10 و20 في المئة", QuantitiesRun.options(kinds: [.range])) == [])
    }

    @Test func withoutCountedNounsANumberBeforeANounIsBare() throws {
        var options = QuantitiesRun.options(kinds: [.number, .count])
        options.countedNouns = false
        #expect(try QuantitiesRun.found("قتل 300 جندي", options) == [Found("300", "number", 300)])
    }

    @Test func extraUnitsAndCurrenciesExtendTheLexicon() throws {
        var options = QuantitiesOptions()
        options.units = ["قيراط": "carat"]
        options.currencies = ["تومان": "toman"]
        #expect(
            try QuantitiesRun.found("ماسة من 5 قيراط بثمن 3 ملايين تومان", options)
                == [
                    Found("5 قيراط", "measure", 5, unit: "carat"), Found("3 ملايين تومان", "money", 3e6, unit: "toman"),
                ])
    }

    @Test func anEmptyKindsListIsRefused() throws {
        let error = #expect(throws: StageSetupError.self) {
            try QuantitiesStage(options: QuantitiesRun.options(kinds: []))
        }
        #expect(error?.message.contains("`kinds` is empty") == true)
    }

    @Test func anExtraUnitWithoutLettersIsRefused() throws {
        var options = QuantitiesOptions()
        options.units = ["ـــ": "nothing"]
        let error = #expect(throws: StageSetupError.self) { try QuantitiesStage(options: options) }
        #expect(error?.message.contains("`units` entry") == true)
    }

    @Test func optionsEncodeToExactlyTheDocumentedKeys() throws {
        let data = try JSONEncoder().encode(QuantitiesOptions())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == Set(QuantitiesOptions.documentation.map(\.key)))
    }

    @Test func anUnknownKindNamesTheChoices() throws {
        let yaml = #"{"kinds": ["money", "monies"]}"#
        #expect {
            try JSONDecoder().decode(QuantitiesOptions.self, from: Data(yaml.utf8))
        } throws: { error in
            "\(error)".contains("expected one of: number, count, money, percent, measure, duration, date, range")
        }
    }
}
