import SanadCore
import Testing
@testable import SanadStages

/// A quote scores exactly as its span scanned on its own, whether the stage reads the quote's tokens from the
/// document's scan (when the two scans agree) or scans the quote again (when they may not).
struct SentimentQuoteScanTests {
    @Test(arguments: [
        // Inside one sentence: read from the document's scan.
        ("قال الوزير إن الاتفاق إنجاز رائع ونجاح كبير.", "الاتفاق إنجاز رائع"),
        // Across two sentences with a space between them.
        ("قال: الهجوم جريمة بشعة. والضحايا كثيرون جدا.", "الهجوم جريمة بشعة. والضحايا كثيرون"),
        // Starting inside a word, which the quote's own scan cuts.
        ("وصف الوزير الاتفاق بالنجاح الكبير.", "لنجاح الكبير"),
        // Starting with a third comma in a row, which the document's scan drops and the quote's own scan keeps.
        ("قال الوزير،، ،الاتفاق رائع.", "،الاتفاق رائع"),
        // Ending inside a word, which the quote's own scan cuts.
        ("قال الوزير إن الاتفاق رائع حقا.", "الاتفاق را"),
        // Ending inside a URL, which the quote's own scan ends there.
        ("زوروا https://example.com/نجاح للمزيد.", "زوروا https://exa"),
    ])
    func aQuoteScoresAsItsSpanScannedAlone(text: String, quote: String) {
        var document = SentimentFixtures.document(text)
        let span = SentimentFixtures.span(of: quote, in: document)
        document.quotes.append(Quote(span: span, text: quote, kind: .direct))
        let scorer = SentimentFixtures.analyzer.arabic
        var scratch = SentimentScratch(cache: .none)
        let scored = scorer.scoreDocument(of: document, scratch: &scratch).quotes
        var own = SentimentScratch(cache: .none)
        #expect(scored.map(\.sentiment) == [scorer.score(span, in: document, scratch: &own)])
    }
}
