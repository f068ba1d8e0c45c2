import SanadCore
import Testing

@testable import sanad

/// The terminal view: numbered sentences with bracketed entities, quotes with their speakers, colour only when asked.
@Suite struct TextViewTests {
    let example: Document
    let plain: String

    init() throws {
        example = try AnnotatedExample.document()
        plain = try Render.text([example])
    }

    @Test func sentencesAreNumberedOnePerLineWithEntitiesBracketedWithTheirTags() {
        let lines = plain.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "== Examples/arabic-news-article.txt ==")
        #expect(lines[2] == "1  وزير الخارجية الأردني يبحث مع نظيره الفرنسي الأوضاع في المنطقة  neutral +0.00")
        #expect(
            lines[3].hasPrefix(
                "2  [عمّان|LOC] - بحث وزير الخارجية الأردني [أيمن الصفدي|PER] مع نظيره الفرنسي [جان نويل بارو|PER]، في"))
        #expect(lines[3].hasSuffix("بين البلدين.  positive +0.30"))
        #expect(lines[9].hasPrefix("8  وكانت [منظمة الأمم المتحدة|ORG] قد حذرت"))
    }

    @Test func quotesAreListedWithSpeakerCueKindAndSentimentThenTheirText() {
        #expect(
            plain.contains(
                "quotes:\n1  أيمن الصفدي · وقال · mixed · negative -0.45\n   الأردن \"يرفض أي إجراءات أحادية تقوّض فرص تحقيق السلام\"\n"
            ))
        #expect(plain.contains("\n7  وزارة الخارجية الأردنية · وقالت · direct · positive +0.60\n"))
    }

    @Test func theDocumentSentimentFollowsTheHeading() {
        #expect(plain.hasPrefix("== Examples/arabic-news-article.txt ==\nsentiment: neutral +0.08\n"))
    }

    @Test func withoutColourTheViewHasNoEscapeCodes() {
        #expect(!plain.contains("\u{1B}"))
    }

    @Test func withColourEntitiesArePaintedByTypeAndTheHeadingIsBold() throws {
        let colored = try Render.text([example], color: true)
        #expect(colored.hasPrefix("\u{1B}[1m== Examples/arabic-news-article.txt ==\u{1B}[0m\n"))
        #expect(colored.contains("\u{1B}[2m[\u{1B}[0m\u{1B}[34mأيمن الصفدي\u{1B}[0m\u{1B}[2m|PER]\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[32mعمّان\u{1B}[0m"))
    }

    @Test func colourIsUsedOnlyAtATerminalWithoutNoColor() {
        #expect(TerminalStyle.colorAllowed(isTerminal: true, environment: [:]))
        #expect(TerminalStyle.colorAllowed(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!TerminalStyle.colorAllowed(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!TerminalStyle.colorAllowed(isTerminal: true, environment: ["TERM": "dumb"]))
        #expect(!TerminalStyle.colorAllowed(isTerminal: false, environment: [:]))
    }

    @Test func layersThePipelineDoesNotProduceAreLeftOut() throws {
        let text = try Render.text([example], layers: [.tokens, .sentences])
        #expect(!text.contains("quotes:"))
        #expect(!text.contains("sentiment"))
        #expect(text.contains("\n2  عمّان - بحث وزير"))
    }

    @Test func lineBreaksInsideASentenceBecomeSpacesAndDocumentsAreSeparatedByABlankLine() throws {
        var first = Document(id: "a", text: "سطر\nثانٍ.")
        first.sentences = [Sentence(span: Span(start: 0, end: first.scalars.count))]
        var second = Document(id: "b", text: "نص.")
        second.sentences = [Sentence(span: Span(start: 0, end: 3))]
        #expect(try Render.text([first, second], layers: [.sentences]) == "== a ==\n1  سطر ثانٍ.\n\n== b ==\n1  نص.\n")
    }
}
