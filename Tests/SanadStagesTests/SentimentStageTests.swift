import Foundation
import Logging
import SanadCore
import SanadTesting
import Testing
@testable import SanadStages

/// The `sentiment` stage on news text: labels, document score, quotes, entities and spans.
struct SentimentStageTests {
    private func sentenceLabels(_ text: String) throws -> [SentimentScore.Polarity] {
        var document = SentimentFixtures.document(text)
        try SentimentFixtures.process(&document)
        return document.sentiment!.sentences.map(\.sentiment.label)
    }

    @Test(arguments: [
        "قتل عشرة أشخاص وأصيب عشرون آخرون في هجوم إرهابي استهدف سوقا شعبيا.",
        "أدان مجلس الأمن بشدة التفجير الانتحاري الذي أودى بحياة العشرات.",
        "اندلعت اشتباكات عنيفة بين قوات الأمن ومسلحين في المدينة.",
        "تفاقمت الأزمة الاقتصادية وارتفعت معدلات البطالة والفقر.",
    ])
    func reportsOfAttacksViolenceAndCrisesAreNegative(sentence: String) throws {
        #expect(try sentenceLabels(sentence) == [.negative])
    }

    @Test(arguments: [
        "وقع الطرفان اتفاقا تاريخيا لإنهاء الحرب وإحلال السلام.",
        "رحبت الحكومة بالاتفاق ووصفته بأنه إنجاز مهم لتحقيق الاستقرار.",
        "حقق المنتخب الوطني فوزا كبيرا ونجاحا باهرا في البطولة.",
    ])
    func reportsOfAgreementAndSuccessArePositive(sentence: String) throws {
        #expect(try sentenceLabels(sentence) == [.positive])
    }

    @Test(arguments: [
        "قال الوزير إن الاجتماع سيعقد يوم الأحد.",
        "يبلغ عدد سكان المدينة مليون نسمة.",
        "افتتح أمير المنطقة المعرض الدولي للكتاب بحضور عدد من المسؤولين.",
    ])
    func plainReportsAreNeutral(sentence: String) throws {
        #expect(try sentenceLabels(sentence) == [.neutral])
    }

    @Test func aNegatedSuccessIsNotPositive() throws {
        var document = SentimentFixtures.document("لم يحقق الاجتماع أي نجاح.")
        try SentimentFixtures.process(&document)
        let sentence = try #require(document.sentiment?.sentences.first?.sentiment)
        #expect(sentence.label != .positive)
        #expect(sentence.score < 0)
        #expect(sentence.evidence.map(\.modifiers) == [["لم"]])
    }

    @Test func aSentenceWithoutTokensIsNeutralAtZero() throws {
        var document = Document(id: "blank", text: " \u{640}\u{64E} ")
        document.sentences = [Sentence(span: Span(start: 0, end: 3))]
        try SentimentFixtures.process(&document, language: .ar)
        let sentence = try #require(document.sentiment?.sentences.first?.sentiment)
        #expect(sentence.score == 0)
        #expect(sentence.label == .neutral)
    }

    @Test func theDocumentScoreCarriesEveryHitOfItsSentences() throws {
        var document = SentimentFixtures.document(
            "قال الوزير إن الاجتماع سيعقد يوم الأحد. قتل عشرة أشخاص في هجوم إرهابي. اندلعت اشتباكات عنيفة.")
        try SentimentFixtures.process(&document)
        let layer = try #require(document.sentiment)
        #expect(layer.sentences.count == 3)
        #expect(layer.document.label == .negative)
        #expect(layer.document.evidence == layer.sentences.flatMap(\.sentiment.evidence))
        #expect(SpanAudit.violations(in: document).isEmpty)
    }

    @Test func eachQuoteGetsItsOwnScore() throws {
        let text = "قال الوزير: \"الاتفاق إنجاز رائع\". وأضاف أن الهجوم جريمة بشعة."
        var document = SentimentFixtures.document(text)
        for content in ["الاتفاق إنجاز رائع", "الهجوم جريمة بشعة"] {
            let span = SentimentFixtures.span(of: content, in: document)
            document.quotes.append(Quote(span: span, text: content, kind: .direct))
        }
        try SentimentFixtures.process(&document)
        let quotes = try #require(document.sentiment?.quotes)
        #expect(quotes.map(\.sentiment.label) == [.positive, .negative])
        #expect(quotes.map(\.span) == document.quotes.map(\.span))
    }

    @Test func anEntityIsScoredOverThePlacesThatMentionItOnce() throws {
        let text = "أشاد الرئيس بالنجاح الكبير للمؤتمر. وقال الرئيس إن المؤتمر إنجاز رائع. وقع هجوم إرهابي في المدينة."
        var document = SentimentFixtures.document(text)
        let president = SentimentFixtures.span(of: "الرئيس", in: document)
        let secondPresident = Span(
            start: SentimentFixtures.span(of: "وقال الرئيس", in: document).start + 5,
            end: SentimentFixtures.span(of: "وقال الرئيس", in: document).end)
        let city = SentimentFixtures.span(of: "المدينة", in: document)
        document.entities = [
            Entity(span: president, text: "الرئيس", label: .person, entity: "e1", canonical: "الرئيس"),
            Entity(span: secondPresident, text: "الرئيس", label: .person, entity: "e1", canonical: "الرئيس"),
            Entity(span: city, text: "المدينة", label: .location, entity: "e2", canonical: "المدينة"),
        ]
        try SentimentFixtures.process(&document)
        let layer = try #require(document.sentiment)
        #expect(layer.entities.map(\.entity) == ["e1", "e2"])
        let first = layer.sentences[0].sentiment.score, second = layer.sentences[1].sentiment.score
        #expect(abs(layer.entities[0].sentiment.score - (first + second) / 2) < 1e-12)
        #expect(layer.entities[0].sentiment.label == .positive)
        #expect(layer.entities[1].sentiment.score == layer.sentences[2].sentiment.score)
        #expect(layer.entities[1].sentiment.label == .negative)
    }

    @Test func polarWordsInsideEntityMentionsAreNotEvidence() throws {
        var document = SentimentFixtures.document("وصل سعيد الغامدي إلى الرياض.")
        #expect(document.sentences.count == 1)
        let name = SentimentFixtures.span(of: "سعيد الغامدي", in: document)
        var withoutEntities = document
        try SentimentFixtures.process(&withoutEntities)
        #expect(withoutEntities.sentiment?.sentences.first?.sentiment.evidence.map(\.text) == ["سعيد"])
        document.entities = [Entity(span: name, text: "سعيد الغامدي", label: .person, entity: "p1")]
        try SentimentFixtures.process(&document)
        #expect(document.sentiment?.sentences.first?.sentiment.evidence.isEmpty == true)
    }

    @Test func aMentionInsideAQuoteTakesTheQuotesScore() throws {
        let text = "قال المتحدث إن \"الحكومة فشلت فشلا ذريعا\" لكنه رحب بالاتفاق."
        var document = SentimentFixtures.document(text)
        let quoted = "الحكومة فشلت فشلا ذريعا"
        document.quotes = [Quote(span: SentimentFixtures.span(of: quoted, in: document), text: quoted, kind: .direct)]
        let government = SentimentFixtures.span(of: "الحكومة", in: document)
        document.entities = [Entity(span: government, text: "الحكومة", label: .organization, entity: "g")]
        try SentimentFixtures.process(&document)
        let layer = try #require(document.sentiment)
        #expect(layer.entities.first?.sentiment.score == layer.quotes.first?.sentiment.score)
        #expect(layer.entities.first?.canonical == "الحكومة")
    }

    @Test func englishDocumentsAreScoredWithVaderWhenLanguageIsAuto() throws {
        var document = SentimentFixtures.document("The talks were a great success. Nobody was hurt.")
        try SentimentFixtures.process(&document)
        let layer = try #require(document.sentiment)
        #expect(layer.sentences.first?.sentiment.evidence.map(\.text) == ["great", "success"])
        let mean = layer.sentences.reduce(0) { $0 + $1.sentiment.score } / Double(layer.sentences.count)
        #expect(abs(layer.document.score - mean) < 1e-12)
    }

    @Test func theHarnessReportsCountsForTheStageDoneEvent() throws {
        let stage = SentimentStage(options: .init(), analyzer: SentimentFixtures.analyzer)
        let result = try StageHarness.run([SentenceSplitter(), stage], on: "هجوم إرهابي. نجاح كبير.")
        #expect(result.counts(of: "sentiment")["sentences"] == 2)
        #expect(result.counts(of: "sentiment")["evidence"] == 3)
    }

    @Test func anUnknownLanguageOptionIsRefusedWithTheChoices() {
        let json = Data(#"{"language": "fr", "model": ""}"#.utf8)
        #expect {
            try JSONDecoder().decode(SentimentStage.Options.self, from: json)
        } throws: { error in
            "\(error)".contains("expected one of: auto, ar, en, not 'fr'")
        }
    }

    @Test func theStageBuildsFromTheBuiltInResources() throws {
        var document = SentimentFixtures.document("نجاح كبير.")
        var context = StageContext(logger: Logger(label: "sentiment-test"))
        try SentimentStage(options: .init()).process(&document, context: &context)
        #expect(document.sentiment?.document.label == .positive)
    }

    @Test func aMissingModelFileIsASetupErrorNamingThePath() {
        var options = SentimentStage.Options()
        options.model = "/nonexistent/sentiment.model"
        #expect {
            try SentimentStage(options: options)
        } throws: { error in
            (error as? StageSetupError)?.message.hasPrefix("cannot read sentiment model /nonexistent/sentiment.model")
                == true
        }
    }
}

/// Splits sentences at `.` for harness runs (a test-only stand-in for the `segment` stage).
private struct SentenceSplitter: Stage {
    typealias Options = NoOptions
    static let name = "test-sentences"
    static let summary = "Splits sentences at full stops."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = [.sentences]

    init(options: NoOptions = NoOptions()) {}

    func process(_ document: inout Document, context: inout StageContext) throws {
        document.sentences = SentimentFixtures.document(document.text).sentences
    }
}
