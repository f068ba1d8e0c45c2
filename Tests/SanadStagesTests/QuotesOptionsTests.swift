import Foundation
import SanadCore
import SanadTesting
import Testing
@testable import SanadStages

/// The stage's options, its place among the built-in stages, and the pipelines that use it.
@Suite struct QuotesOptionsTests {
    @Test func extraCueLineAddsAVerbWithItsForms() throws {
        var options = QuotesOptions()
        options.cues = ["غرد = غرد / غردت / غردوا ; يغرد / تغرد / - ; مغردا / مغردة / -"]
        let quotes = try QuotesFixture.quotes("وغردت الوزيرة بأن القرار نهائي.", options: options)
        #expect(quotes.map(\.text) == ["بأن القرار نهائي"])
        #expect(quotes.first?.cue?.lemma == "غرد")
        #expect(quotes.first?.speaker?.text == "الوزيرة")
    }

    @Test func extraCueWordAddsAVerb() throws {
        var options = QuotesOptions()
        #expect(try QuotesFixture.quotes("ولوح الوزير بأن الخيارات مفتوحة.").isEmpty)
        options.cues = ["لوح"]
        let quotes = try QuotesFixture.quotes("ولوح الوزير بأن الخيارات مفتوحة.", options: options)
        #expect(quotes.map(\.text) == ["بأن الخيارات مفتوحة"])
    }

    @Test func unreadableCueLineFailsSetupWithItsPosition() {
        var options = QuotesOptions()
        options.cues = ["غرد = a ; b ; c ; d ; e"]
        #expect(throws: StageSetupError.self) { try QuotesStage(options: options) }
        do {
            _ = try QuotesStage(options: options)
        } catch {
            #expect("\(error)" == "cues:1: more than four `;`-separated parts")
        }
    }

    @Test func extraSourcePhraseAttributesAClause() throws {
        var options = QuotesOptions()
        options.sourcePhrases = ["تبعا"]
        let quotes = try QuotesFixture.quotes("ارتفعت الأسعار هذا الشهر، تبعا لمصادر تجارية.", options: options)
        #expect(quotes.first?.speaker?.text == "مصادر تجارية")
    }

    @Test func extraSpeakerStopEndsAName() throws {
        var options = QuotesOptions()
        options.speakerStops = ["هاتفيا"]
        let quotes = try QuotesFixture.quotes("وقال الوزير هاتفيا إن الوفد وصل.", options: options)
        #expect(quotes.first?.speaker?.text == "الوزير")
    }

    @Test func sourceQuotesCanBeTurnedOff() throws {
        var options = QuotesOptions()
        options.sourceQuotes = false
        #expect(try QuotesFixture.quotes("قتل عشرة أشخاص في الهجوم، بحسب المرصد السوري.", options: options).isEmpty)
    }

    @Test func languageOptionOverridesTheScript() throws {
        var options = QuotesOptions()
        options.language = .en
        #expect(try QuotesFixture.quotes("قال الوزير إن الحدود مفتوحة.", options: options).isEmpty)
        options.language = .ar
        #expect(try QuotesFixture.quotes("\"It works,\" said John Smith.\n", options: options).isEmpty)
    }

    @Test func autoLanguageFollowsTheScript() {
        #expect(QuoteLanguage.detect(Array("قال الوزير: OK".unicodeScalars)) == .ar)
        #expect(QuoteLanguage.detect(Array("The minister said: نعم".unicodeScalars)) == .en)
    }

    @Test func optionsDecodeFromPipelineKeys() throws {
        let json = #"{"language": "en", "english_cues": ["opine"], "source_quotes": false}"#
        let options = try JSONDecoder().decode(QuotesOptions.self, from: Data(json.utf8))
        #expect(options.language == .en)
        #expect(options.englishCues == ["opine"])
        #expect(options.sourceQuotes == false)
        #expect(options.cues.isEmpty)
    }

    @Test func stageComesRightAfterEntitiesAmongTheBuiltinStages() {
        let names = BuiltinStages.all.map { $0.name }
        #expect(names.firstIndex(of: "quotes") == names.firstIndex(of: "entities").map { $0 + 1 })
    }

    @Test func pipelineWithQuotesButNoEntitiesIsRefusedAtLoadTime() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - use: segment\n  - use: quotes\n"
        do {
            _ = try PipelineCatalog(bundled: ["p": yaml]).load("p", registry: BuiltinStages.registry)
            Issue.record("the pipeline loaded")
        } catch {
            #expect(
                error.diagnostics.map(\.message) == ["`quotes` needs `entities`: add an `entities` stage before it"])
        }
    }

    @Test func stageDoneCountsQuotesAttributedAndLinked() throws {
        let stages: [any Stage] = [
            NormalizeStage(options: .init()), try SegmentStage(options: .init()),
            FixedEntitiesStage([.init("سامح شكري", .person, "e1")]), try QuotesStage(options: .init()),
        ]
        let result = try SanadTesting.StageHarness.run(
            stages, on: "قال سامح شكري إن الحوار مستمر.")
        #expect(result.counts(of: "quotes") == ["quotes": 1, "attributed": 1, "linked": 1])
    }

    @Test func emptyDocumentHasNoQuotes() throws {
        #expect(try QuotesFixture.quotes("").isEmpty)
        #expect(try QuotesFixture.quotes("  \n\n ").isEmpty)
    }
}
