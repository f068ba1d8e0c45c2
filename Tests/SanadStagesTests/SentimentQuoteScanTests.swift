import SanadCore
import Testing
@testable import SanadStages

/// A quote scores exactly as its span scanned on its own, whether the stage reads the quote's tokens from the
/// document's scan (when the two scans agree) or scans the quote again (when they may not).
struct SentimentQuoteScanTests {
    /// A text, a quote in it, and whether the document's scan holds the quote's own tokens.
    static let quotes: [(text: String, quote: String, reused: Bool)] = [
        // Inside one sentence.
        ("قال الوزير إن الاتفاق إنجاز رائع ونجاح كبير.", "الاتفاق إنجاز رائع", true),
        // Across two sentences with a space between them.
        ("قال: الهجوم جريمة بشعة. والضحايا كثيرون جدا.", "الهجوم جريمة بشعة. والضحايا كثيرون", true),
        // Starting inside a word, which the quote's own scan cuts.
        ("وصف الوزير الاتفاق بالنجاح الكبير.", "لنجاح الكبير", false),
        // Starting with a third comma in a row, which the document's scan drops and the quote's own scan keeps.
        ("قال الوزير،، ،الاتفاق رائع.", "،الاتفاق رائع", false),
        // Ending inside a word, which the quote's own scan cuts.
        ("قال الوزير إن الاتفاق رائع حقا.", "الاتفاق را", false),
        // Ending inside a URL, which the quote's own scan ends there.
        ("زوروا https://example.com/نجاح للمزيد.", "زوروا https://exa", false),
    ]

    @Test(arguments: quotes)
    func aQuoteScoresAsItsSpanScannedAlone(text: String, quote: String, reused: Bool) {
        var document = SentimentFixtures.document(text)
        let span = SentimentFixtures.span(of: quote, in: document)
        document.quotes.append(Quote(span: span, text: quote, kind: .direct))
        #expect(SentimentQuoteScanTests.scoresAsScannedAlone(span, in: document))
    }

    @Test(arguments: quotes)
    func theDocumentsScanIsReadOnlyWhereItHoldsTheQuotesOwnTokens(text: String, quote: String, reused: Bool) {
        let document = SentimentFixtures.document(text)
        let span = SentimentFixtures.span(of: quote, in: document)
        #expect((SentimentQuoteScanTests.documentTokens(of: span, in: document) != nil) == reused)
    }

    @Test func aMarkBetweenTwoSentencesMakesTheQuoteAcrossThemScanAgain() {
        // The hyphen belongs to neither sentence, so the document's scan never saw it; the quote's own scan does.
        var document = Document(id: "test", text: "الهجوم جريمة بشعة - والضحايا كثيرون.")
        let first = SentimentFixtures.span(of: "الهجوم جريمة بشعة", in: document)
        let second = SentimentFixtures.span(of: "والضحايا كثيرون.", in: document)
        document.sentences = [Sentence(span: first), Sentence(span: second)]
        let span = SentimentFixtures.span(of: "بشعة - والضحايا", in: document)
        #expect(SentimentQuoteScanTests.documentTokens(of: span, in: document) == nil)
        document.quotes.append(Quote(span: span, text: "بشعة - والضحايا", kind: .direct))
        #expect(SentimentQuoteScanTests.scoresAsScannedAlone(span, in: document))
    }

    /// Whether the stage's score of the document's only quote, `span`, is the score of `span` scanned on its own.
    static func scoresAsScannedAlone(_ span: Span, in document: Document) -> Bool {
        let scorer = SentimentFixtures.analyzer.arabic
        var scratch = SentimentScratch(cache: .none)
        let scored = scorer.scoreDocument(of: document, scratch: &scratch).quotes
        var own = SentimentScratch(cache: .none)
        return scored.map(\.sentiment) == [scorer.score(span, in: document, scratch: &own)]
    }

    /// The tokens of `span` the stage reads from the document's scan (its sentences scanned in order), or `nil`.
    static func documentTokens(of span: Span, in document: Document) -> Range<Int>? {
        var scan = ScannedText()
        var firsts: [Int] = []
        for sentence in document.sentences {
            firsts.append(scan.tokens.count)
            SentimentScanner.scan(document.scalars, in: sentence.start..<sentence.end, into: &scan)
        }
        firsts.append(scan.tokens.count)
        return SentimentFixtures.analyzer.arabic.tokens(of: span, in: document, scan: scan, firsts: firsts)
    }
}
