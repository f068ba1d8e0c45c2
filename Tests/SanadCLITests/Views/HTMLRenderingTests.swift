import Foundation
import SanadCore
import SanadTesting
import Testing

@testable import sanad

/// The HTML page's structure: exact highlights, escaping, direction, quotes, tables and the corpus index.
@Suite struct HTMLRenderingTests {
    let example: Document
    let page: ParsedPage

    init() throws {
        example = try AnnotatedExample.document()
        page = try ParsedPage(Render.html([example]))
    }

    @Test func everyHighlightedAnnotationHoldsExactlyItsOriginalSlice() throws {
        #expect(try page.textByIndex(of: "data-entity") == Self.indexed(example.entities.map(\.text)))
        #expect(try page.textByIndex(of: "data-quote") == Self.indexed(example.quotes.map(\.text)))
        #expect(try page.textByIndex(of: "data-cue") == Self.indexed(example.quotes.map { $0.cue!.text }))
        #expect(
            try page.textByIndex(of: "data-sentence")
                == Self.indexed(example.sentences.map { example.text(of: $0.span) }))
    }

    @Test func theArticleIsTheOriginalTextWithNothingInsertedOrLost() throws {
        let article = try #require(try page.elements("//div[@class='article']").first)
        #expect(article.stringValue == example.text)
    }

    @Test func entitiesInsideAQuoteNestInsideIt() throws {
        let nested = try page.elements("//span[@data-quote='0']//span[@data-entity]")
        #expect(nested.map(\.stringValue) == ["الأردن"])
    }

    @Test func crossingAnnotationsAreSplitIntoFragmentsThatStillSliceTheOriginal() throws {
        var document = Document(id: "crossing", text: "one two three four five")
        document.quotes = [Quote(span: Span(start: 4, end: 13), text: "two three", kind: .direct)]
        document.entities = [Entity(span: Span(start: 8, end: 18), text: "three four", label: .organization)]
        let page = try ParsedPage(Render.html([document], language: "en"))
        #expect(try page.elements("//div[@class='article']//span[@data-entity='0']").count == 2)
        #expect(try page.textByIndex(of: "data-entity") == [0: "three four"])
        #expect(try page.textByIndex(of: "data-quote") == [0: "two three"])
    }

    @Test func markupInTheTextIdsAndNamesIsEscapedAndThePageStaysWellFormed() throws {
        let text = "<script>alert(\"x & y\")</script> 'said' <b>bold</b> &amp; done"
        var document = Document(id: "<i>id</i> & \"quoted\"", text: text)
        let scalars = Array(text.unicodeScalars)
        func span(_ words: String) -> Span {
            let needle = Array(words.unicodeScalars)
            let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle }!
            return Span(start: start, end: start + needle.count)
        }
        document.entities = [Entity(span: span("<script>"), text: "<script>", label: .misc, canonical: "</span>\"'")]
        document.quotes = [
            Quote(
                span: span("'said' <b>bold</b>"), text: "'said' <b>bold</b>", kind: .direct,
                cue: Quote.Cue(span: span("&amp;"), text: "&amp;", lemma: "<cue>"),
                speaker: Quote.Speaker(
                    span: span("done"), text: "done", canonical: "<img src=x>", resolution: .explicit, confidence: 1))
        ]
        let html = try Render.html([document], language: "en")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        let page = try ParsedPage(html)
        #expect(try page.elements("//div[@class='article']").first?.stringValue == text)
        #expect(try page.textByIndex(of: "data-entity") == [0: "<script>"])
        #expect(try page.elements("//h2/bdi").first?.stringValue == "<i>id</i> & \"quoted\"")
        #expect(
            try page.elements("//span[@data-quote='0']").first?.attribute(forName: "data-speaker")?.stringValue
                == "1 · <img src=x>")
    }

    @Test func charactersThatHTMLAndXMLForbidBecomeReplacementCharacters() throws {
        let document = Document(id: "controls", text: "a\u{0}b\u{1B}c\u{7F}d\u{85}e\u{FFFE}f\tg\nh")
        let page = try ParsedPage(Render.html([document], language: "en"))
        #expect(
            try page.elements("//div[@class='article']").first?.stringValue
                == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\tg\nh")
    }

    @Test func randomTextAndAnnotationsAlwaysGiveAWellFormedPageWithExactHighlights() throws {
        var generator = SeededGenerator(seed: 88)
        let pool: [Unicode.Scalar] = [
            "<", ">", "&", "\"", "'", " ", "\n", "ا", "ل", "ق", "a", "Z", "1", "٣", "\u{200F}", "😀", "\u{0}",
            "\u{FFFF}",
        ]
        for round in 0..<150 {
            let length = Int.random(in: 0...40, using: &generator)
            var view = String.UnicodeScalarView()
            for _ in 0..<length { view.append(pool.randomElement(using: &generator)!) }
            var document = Document(id: "random \(round) <&>", text: String(view))
            func randomSpan() -> Span {
                let a = Int.random(in: 0...length, using: &generator)
                let b = Int.random(in: 0...length, using: &generator)
                return Span(start: min(a, b), end: max(a, b))
            }
            document.sentences = (0..<Int.random(in: 0...3, using: &generator)).map { _ in Sentence(span: randomSpan())
            }
            document.entities = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                let span = randomSpan()
                return Entity(
                    span: span, text: document.text(of: span),
                    label: Entity.Label.allCases.randomElement(using: &generator)!)
            }
            document.quotes = (0..<Int.random(in: 0...2, using: &generator)).map { _ in
                let span = randomSpan()
                return Quote(span: span, text: document.text(of: span), kind: .direct)
            }
            let page = try ParsedPage(Render.html([document]))
            func shown(_ text: String) -> String { Self.replacingForbidden(text) }
            let expectedEntities = Self.indexed(document.entities.map { shown($0.text) }).filter { !$0.value.isEmpty }
            #expect(try page.textByIndex(of: "data-entity") == expectedEntities)
            #expect(try page.elements("//div[@class='article']").first?.stringValue == shown(document.text))
        }
    }

    @Test func arabicIsShownRightToLeftAndEnglishLeftToRight() throws {
        let arabic = Document(id: "ar", text: "قال الوزير إن 1.5 مليون شخص بحاجة إلى مساعدات من UNICEF.")
        let english = Document(id: "en", text: "The minister said 1.5 million people need aid.")
        let page = try ParsedPage(Render.html([arabic, english], language: "ar"))
        let sections = try page.elements("//section[@class='document']")
        #expect(sections.map { $0.attribute(forName: "dir")?.stringValue } == ["rtl", "ltr"])
        #expect(sections.map { $0.attribute(forName: "lang")?.stringValue } == ["ar", "und"])
        let englishPipeline = try ParsedPage(Render.html([english], language: "en"))
        #expect(try englishPipeline.elements("//section[@lang='en'][@dir='ltr']").count == 1)
    }

    @Test func eachParagraphTakesTheDirectionOfItsOwnLetters() throws {
        let text = "قال الوزير إن الاتفاق تاريخي.\n\nThe minister called it \"تاريخي\" on Tuesday.\n1.5"
        let page = try ParsedPage(Render.html([Document(id: "mixed", text: text)], language: "ar"))
        let paragraphs = try page.elements("//div[@class='article']/span[@class='para']")
        #expect(paragraphs.map(\.stringValue) == ["قال الوزير إن الاتفاق تاريخي.", "The minister called it \"تاريخي\" on Tuesday.", "1.5"])
        #expect(paragraphs.map { $0.attribute(forName: "dir")?.stringValue } == ["rtl", "ltr", "rtl"])
        #expect(paragraphs.map { $0.attribute(forName: "lang")?.stringValue } == ["ar", "und", "ar"])
    }

    @Test func theLanguageComesFromThePipelineWhenTheLettersAgreeAndFromTheLettersOtherwise() {
        let arabic = Array("قال الوزير".unicodeScalars)
        let english = Array("The minister said".unicodeScalars)
        #expect(
            DocumentLanguage(of: arabic[...], pipelineTag: "ar-EG") == DocumentLanguage(tag: "ar-EG", isRightToLeft: true))
        #expect(DocumentLanguage(of: arabic[...], pipelineTag: "und") == DocumentLanguage(tag: "ar", isRightToLeft: true))
        #expect(DocumentLanguage(of: arabic[...], pipelineTag: "en") == DocumentLanguage(tag: "ar", isRightToLeft: true))
        #expect(DocumentLanguage(of: english[...], pipelineTag: "en") == DocumentLanguage(tag: "en", isRightToLeft: false))
        #expect(
            DocumentLanguage(of: Array("1.5 – 2".unicodeScalars)[...], pipelineTag: "ar")
                == DocumentLanguage(tag: "ar", isRightToLeft: true))
        #expect(DocumentLanguage(of: [], pipelineTag: "und") == DocumentLanguage(tag: "und", isRightToLeft: false))
    }

    @Test func eachQuoteShowsItsSpeakerInTheTextAndItsCueKindAndSentimentInThePanel() throws {
        let first = try #require(try page.elements("//span[@data-quote='0']").first)
        #expect(first.attribute(forName: "data-speaker")?.stringValue == "1 · أيمن الصفدي")
        #expect(first.attribute(forName: "id")?.stringValue == "doc-1-q1")
        #expect(
            first.attribute(forName: "title")?.stringValue
                == "Quote 1 · said by أيمن الصفدي · cue وقال · mixed · negative -0.45")
        let entry = try #require(try page.elements("//aside[@class='quotes-panel']//li").first)
        let facts = try entry.nodes(forXPath: ".//dd").map { $0.stringValue ?? "" }
        #expect(facts == ["الصفدي", "وقال (قال)", "mixed", "explicit, confidence 0.95", "negative -0.45"])
        #expect(try entry.nodes(forXPath: ".//a[@href='#doc-1-q1']").count == 1)
    }

    @Test func theSummaryCountsMentionsPerEntityAndGroupsQuotesBySpeaker() throws {
        let jordan = try #require(try page.elements("//table[@class='entities']//tr[td[1]='الأردن']").first)
        #expect(
            try jordan.nodes(forXPath: "td").map { $0.stringValue ?? "" } == ["الأردن", "Location", "3", "المملكة"])
        let speakers = try page.elements("//table[@class='speakers']/tbody/tr").map {
            try $0.nodes(forXPath: "td").prefix(2).map { $0.stringValue ?? "" }
        }
        #expect(
            speakers == [
                ["أيمن الصفدي", "3"], ["جان نويل بارو", "2"], ["سفيان القضاة", "1"], ["وزارة الخارجية الأردنية", "1"],
            ])
        let sentiment = try page.elements("//table[@class='sentiment']//tr").map { $0.stringValue ?? "" }
        #expect(sentiment.first == "Documentneutral +0.08")
    }

    @Test func sentencesAreTintedByTheirSentiment() throws {
        let classes = try page.elements("//span[@data-sentence]").map {
            $0.attribute(forName: "class")?.stringValue ?? ""
        }
        #expect(
            classes == [
                "sent", "sent pos-1", "sent neg-2", "sent pos-1", "sent pos-2", "sent", "sent pos-2", "sent neg-3",
            ])
    }

    @Test func aCorpusPageEndsWithAnIndexLinkingEveryDocumentsSection() throws {
        let documents = ["أولاً.", "ثانياً.", "ثالثاً."].enumerated().map {
            Document(id: "n\($0.offset)", text: $0.element)
        }
        let page = try ParsedPage(Render.html(documents))
        #expect(
            try page.elements("//section[@class='document']").map { $0.attribute(forName: "id")?.stringValue } == [
                "doc-1", "doc-2", "doc-3",
            ])
        let links = try page.elements("//nav[@class='index']//a")
        #expect(links.map { $0.attribute(forName: "href")?.stringValue } == ["#doc-1", "#doc-2", "#doc-3"])
        #expect(links.map(\.stringValue) == ["n0", "n1", "n2"])
        #expect(try page.elements("//main/following-sibling::nav").count == 1)
    }

    @Test func oneDocumentNeedsNoIndexAndNoDocumentsIsStillACompletePage() throws {
        #expect(try page.elements("//nav").isEmpty)
        let empty = try ParsedPage(Render.html([]))
        #expect(try empty.elements("//main/p[@class='empty']").map(\.stringValue) == ["No documents."])
    }

    @Test func thePageLoadsNothingFromOutside() throws {
        let html = try Render.html([example])
        for reference in ["http:", "https:", "src=", "<link", "url(", "@import", "<script"] {
            #expect(!html.contains(reference))
        }
        #expect(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""))
    }

    @Test func layersThePipelineDoesNotProduceAreLeftOut() throws {
        let page = try ParsedPage(Render.html([example], layers: [.tokens, .sentences]))
        #expect(try page.elements("//aside").isEmpty)
        #expect(try page.elements("//div[@class='summary']").isEmpty)
        #expect(try page.elements("//span[@data-sentence]").count == example.sentences.count)
        #expect(
            try page.elements("//p[contains(@class, 'legend')]").map(\.stringValue) == [
                "This pipeline finds no entities, quotes or sentiment."
            ])
    }

    /// `texts` keyed by position.
    private static func indexed(_ texts: [String]) -> [Int: String] {
        Dictionary(uniqueKeysWithValues: texts.enumerated().map { ($0.offset, $0.element) })
    }

    /// `text` as the page shows it: code points that HTML and XML forbid replaced by U+FFFD.
    private static func replacingForbidden(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map {
                    $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" || $0.value == 0xFFFF ? "\u{FFFD}" : $0
                }))
    }
}
