import SanadCore
import SanadStages
import Testing

@Suite("normalize: quotes, controls, whitespace")
struct NormalizePunctuationTests {
    @Test("quotes: on folds double marks to \" and single marks to '")
    func foldsQuotes() {
        let result = normalization("“قال” «نعم» „x‟ 5″ ‘y’ don’t", { $0.quotes = true })
        #expect(ScalarText(result.text.text) == "\"قال\" \"نعم\" \"x\" 5\" 'y' don't")
        #expect(result.counts.quotes == 10)
    }

    @Test("quotes: off keeps them")
    func keepsQuotes() {
        #expect(normalizedView("“قال” «نعم»", { $0.quotes = false }) == "“قال” «نعم»")
    }

    @Test("controls: remove drops zero-width, bidi and soft-hyphen controls")
    func removesControls() {
        let text = "\u{FEFF}a\u{200B}b\u{200C}c\u{200D}d\u{200E}e\u{200F}f"
            + "\u{202B}g\u{202C}h\u{2067}i\u{2069}j\u{00AD}k\u{061C}l"
        let result = normalization(text, { $0.controls = .remove })
        #expect(ScalarText(result.text.text) == "abcdefghijkl")
        #expect(result.counts.controlsRemoved == 12)
    }

    @Test("a removed control joins no span")
    func removedControlLeavesGap() {
        let result = normalization("a\u{200F}b", { $0.controls = .remove })
        #expect(spans(result.text) == [Span(start: 0, end: 1), Span(start: 2, end: 3)])
    }

    @Test("controls: keep leaves them")
    func keepsControls() {
        #expect(normalizedView("a\u{200F}b", { $0.controls = .keep }) == "a\u{200F}b")
    }

    @Test("whitespace: collapse turns a horizontal run into one space spanning the run")
    func collapsesHorizontalRun() {
        let result = normalization("a \t\u{00A0} b", { $0.whitespace = .collapse })
        #expect(ScalarText(result.text.text) == "a b")
        #expect(result.text.originalSpan(start: 1, end: 2) == Span(start: 1, end: 5))
        #expect(result.counts.whitespaceCollapsed == 4)
    }

    @Test("whitespace: collapse reduces a run with one line break to \\n")
    func collapsesSingleLineBreak() {
        #expect(normalizedView("a  \n\t b", { $0.whitespace = .collapse }) == "a\nb")
    }

    @Test("whitespace: collapse counts CRLF as one line break")
    func collapsesCRLF() {
        #expect(normalizedView("a\r\nb", { $0.whitespace = .collapse }) == "a\nb")
    }

    @Test("whitespace: collapse reduces two or more line breaks to \\n\\n, split at the second break")
    func collapsesParagraphBreak() {
        let result = normalization("a \r\n \n\n b", { $0.whitespace = .collapse })
        #expect(ScalarText(result.text.text) == "a\n\nb")
        #expect(spans(result.text)[1...2] == [Span(start: 1, end: 5), Span(start: 5, end: 8)])
    }

    @Test("whitespace: a run split by a removed control is still one run")
    func collapsesAcrossRemovedControl() {
        #expect(normalizedView("a \u{200F} b", { $0.whitespace = .collapse; $0.controls = .remove }) == "a b")
    }

    @Test("whitespace: a lone space or line feed is not counted as a change")
    func leavesCanonicalWhitespaceUncounted() {
        let result = normalization("a b\nc", { $0.whitespace = .collapse })
        #expect(result.counts.whitespaceCollapsed == 0)
        #expect(result.counts.changedChars == 0)
    }

    @Test("whitespace: keep leaves runs as written")
    func keepsWhitespace() {
        #expect(normalizedView("a \t b\r\n\n\nc", { $0.whitespace = .keep }) == "a \t b\r\n\n\nc")
    }
}
