import Foundation
import Testing
import SanadCore
@testable import SanadStages

@Suite("entities: the stage")
struct EntitiesStageTests {
    static func run(_ document: Document, options: EntitiesStage.Options = .init()) throws -> Document {
        var document = document
        var context = StageContext(logger: .init(label: "test"))
        try EntitiesStage(options: options).process(&document, context: &context)
        return document
    }

    @Test func theStageIsBuiltIn() {
        #expect(BuiltinStages.registry.stage(named: "entities") == EntitiesStage.self)
        #expect(EntitiesStage.requires == [.tokens, .sentences])
        #expect(EntitiesStage.produces == [.entities])
    }

    @Test func findsPeoplePlacesAndOrganizationsInNewsText() throws {
        let document = try Self.run(EntitiesFixture.document(
            "وقال الرئيس الفرنسي جاك شيراك في باريس إن الأمم المتحدة يجب أن تتحرك", prefixes: [:]))
        let found = document.entities.map { "\($0.label.rawValue):\($0.text)" }
        #expect(found.contains("PERSON:جاك شيراك"))
        #expect(found.contains("LOCATION:باريس"))
        #expect(found.contains("ORGANIZATION:الأمم المتحدة"))
    }

    @Test func entitySpansExcludeTheProcliticsOfTheirFirstToken() throws {
        let document = try Self.run(EntitiesFixture.document("وصل الوفد إلى لفرنسا أمس", prefixes: ["لفرنسا": 1]))
        let france = try #require(document.entities.first { $0.label == .location })
        #expect(france.text == "فرنسا")
        #expect(document.text(of: france.span) == "فرنسا")
    }

    @Test func anArticleCountedAsAProcliticStaysInTheName() {
        let document = EntitiesFixture.document("والقاهرة للأمم")
        let cairo = Token(span: document.tokens[0].span, kind: .word, prefix: 3)
        let nations = Token(span: document.tokens[1].span, kind: .word, prefix: 2)
        #expect(EntityRecognizer.nameStart(of: cairo, in: document.scalars) == 1)
        #expect(EntityRecognizer.nameStart(of: nations, in: document.scalars) == document.tokens[1].start + 1)
    }

    @Test func mentionsOfOnePersonShareAnIdAndTheFullestName() throws {
        let document = try Self.run(EntitiesFixture.document(
            "وقال الرئيس الأمريكي جورج بوش إن الحرب مستمرة\nوأضاف بوش أن القوات باقية"))
        let bush = document.entities.filter { $0.text.hasSuffix("بوش") }
        #expect(bush.count == 2)
        #expect(Set(bush.map(\.entity)).count == 1)
        #expect(bush.allSatisfy { $0.canonical == "جورج بوش" })
    }

    @Test func tokensOutsideAnySentenceAreStillTagged() throws {
        var document = EntitiesFixture.document("وقال الرئيس الأمريكي جورج بوش في واشنطن")
        document.sentences = []
        let found = try Self.run(document).entities.map(\.text)
        #expect(found.contains("جورج بوش"))
    }

    @Test func urlsAndEmailAddressesAreNeverNames() throws {
        var document = EntitiesFixture.document("وقال جورج بوش http://whitehouse.gov")
        document.tokens[3].kind = .url
        let entities = try Self.run(document).entities
        #expect(!entities.contains { $0.span.overlaps(document.tokens[3].span) })
    }

    @Test func anEmptyDocumentHasNoEntities() throws {
        #expect(try Self.run(EntitiesFixture.document("")).entities.isEmpty)
    }

    @Test func withoutLinkingMentionsCarryNoIds() throws {
        var options = EntitiesStage.Options()
        options.link = false
        let document = try Self.run(EntitiesFixture.document("وقال الرئيس الأمريكي جورج بوش في واشنطن"), options: options)
        #expect(!document.entities.isEmpty)
        #expect(document.entities.allSatisfy { $0.entity == nil && $0.canonical == nil })
    }

    @Test func everyTaggedMentionCarriesAConfidence() throws {
        var options = EntitiesStage.Options()
        options.link = false
        let document = try Self.run(EntitiesFixture.document(
            "وقال الرئيس الفرنسي جاك شيراك في باريس إن الأمم المتحدة يجب أن تتحرك"), options: options)
        #expect(!document.entities.isEmpty)
        for entity in document.entities {
            let confidence = try #require(entity.confidence)
            #expect(confidence > 0 && confidence < 1)
        }
    }

    @Test func englishProseGetsNoArabicEntities() throws {
        let document = try Self.run(EntitiesFixture.document(
            "President Biden met Chancellor Olaf Scholz in Berlin on Tuesday\nReuters reported that Siemens will invest"))
        #expect(document.entities.isEmpty)
    }

    @Test func aLatinNameInAnArabicSentenceIsNotProse() {
        #expect(!EntityRecognizer.isLatinProse(EntitiesFixture.forms("وقال رئيس شركة Apple Inc إن المبيعات ارتفعت")[...]))
        #expect(EntityRecognizer.isLatinProse(EntitiesFixture.forms("The talks focused on trade")[...]))
    }

    @Test func aMissingModelFileFailsSetupWithItsPath() {
        var options = EntitiesStage.Options()
        options.model = "/nonexistent/entities.sanadner"
        #expect { try EntitiesStage(options: options) } throws: { error in
            (error as? StageSetupError)?.message.contains("/nonexistent/entities.sanadner") == true
        }
    }

    @Test func aMalformedGazetteerFileFailsSetupWithItsLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: url) }
        try "# places\nLOCATION\tنيو مكسيكو\nقرية بلا تسمية\n".write(to: url, atomically: true, encoding: .utf8)
        var options = EntitiesStage.Options()
        options.gazetteers = [url.path]
        #expect { try EntitiesStage(options: options) } throws: { error in
            (error as? StageSetupError)?.message.contains("line 3") == true
        }
    }

    @Test func gazetteerFilesNameTypesAsTheProjectDoes() throws {
        let names = try GazetteerFile.parse("# comment\nPER\tأحمد زويل\nLOCATION\tنيو مكسيكو\n\nORG\tأرامكو\n")
        #expect(names.map(\.label) == [.person, .location, .organization])
        #expect(names.map(\.text) == ["أحمد زويل", "نيو مكسيكو", "أرامكو"])
        #expect(throws: GazetteerFileError.self) { try GazetteerFile.parse("CITY\tدبي") }
    }

    @Test func optionsDecodeOverDefaultsAndEncodeEveryDocumentedKey() throws {
        let decoded = try JSONDecoder().decode(EntitiesStage.Options.self, from: Data(#"{"link": false}"#.utf8))
        #expect(decoded.link == false)
        #expect(decoded.model == "")
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(EntitiesStage.Options())) as? [String: Any]
        #expect(Set(encoded?.keys.map { $0 } ?? []) == Set(EntitiesStage.Options.documentation.map(\.key)))
    }

    @Test(.enabled(if: EntitiesFixture.sharedData != nil, "needs ../shared/data/ar/anercorp-train.txt"))
    func theShippedModelKeepsItsDevScore() throws {
        let sentences = try CoNLLReader.read(contentsOf: try #require(EntitiesFixture.sharedData))
        let (_, dev) = sentences.splitLast(fraction: 0.1)
        let scores = EntityEvaluation.evaluate(EntityRecognizer(model: try EntitiesFixture.builtinModel), on: dev)
        #expect(dev.count == 428)
        // Scored on the gold tokens: 0.760 for the shipped model. Dev is one 10% block (about 870 entities), and
        // retraining after any change to features or lists moves it by about ±0.005 (README, Entities); this fails
        // on a drop beyond that, which the six-block check (scripts/entity-blocks.sh) should then explain.
        #expect(scores.micro.f1 >= 0.755, "\(scores)")
    }
}
