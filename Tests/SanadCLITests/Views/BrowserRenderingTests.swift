import Foundation
import SanadTesting
import Testing

@testable import sanad

/// The HTML view as a person sees it: pages rendered by headless Chromium to a PNG and to the browser's DOM.
///
/// Skipped, with the reason in the test output, when `chromium` is not installed (`.ci/run` installs it).
/// `scripts/screenshot.sh` runs this suite with `SANAD_SCREENSHOT` set to save the README's screenshot.
@Suite(.enabled(if: Chromium.executable != nil, "chromium is not installed (apt-get install chromium)"))
struct BrowserRenderingTests {
    /// The browser window: wide enough for the article beside its quote panel.
    static let width = 1280
    static let height = 1900

    @Test func theExampleArticleFromSanadRunRendersRightToLeftInTheBrowser() throws {
        let directory = try TemporaryDirectory()
        let page = directory.path + "/article.html"
        let result = try SanadBinary.run(
            ["run", "arabic-news", AnnotatedExample.path, "--format", "html", "--output", page])
        #expect(result.status == 0)

        let dom = try Chromium.dom(of: page)
        #expect(dom.contains("<section class=\"document\" id=\"doc-1\" lang=\"ar\" dir=\"rtl\">"))
        let text = dom.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        #expect(text.contains("عمّان - بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره الفرنسي جان نويل بارو"))
        #expect(!dom.contains("<parsererror"))
        // The real stages' layers are on the page: highlighted names and quotes with their speakers.
        #expect(dom.contains("<span class=\"ent ent-"))
        #expect(dom.contains("<span class=\"quote q-first"))

        let screenshot = try rendered(page, in: directory)
        #expect(screenshot.width == Self.width && screenshot.height == Self.height)
        #expect(screenshot.byteCount > 4 * (try blank(in: directory)).byteCount)
        if let destination = ProcessInfo.processInfo.environment["SANAD_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: destination)
            try FileManager.default.copyItem(atPath: directory.path + "/article.png", toPath: destination)
        }
    }

    @Test func theAnnotatedExampleRendersItsHighlightsQuotesAndTables() throws {
        let directory = try TemporaryDirectory()
        let run = Render.run(
            pipeline: "arabic-news",
            summary: "The bundled example article: sentences and tokens from the pipeline; entities, quotes and "
                + "sentiment annotated by hand, so every kind of markup is on the page whatever the stages find.")
        let html = try Render.output(HTMLRendering(run: run), [AnnotatedExample.document()])
        let page = try directory.write("annotated.html", html)

        // The browser's DOM, re-serialized: what it understood of the page.
        let dom = try Chromium.dom(of: page)
        func count(_ markup: String) -> Int { dom.components(separatedBy: markup).count - 1 }
        let document = try AnnotatedExample.document()
        #expect(count("<span class=\"ent ent-") >= document.entities.count + 4)  // mentions, legend, entity table
        #expect(count("<span class=\"quote q-first") == document.quotes.count + 1)  // quotes and the legend's sample
        #expect(count("<a class=\"qnum\"") == 2 * document.quotes.count)  // the panel and the speakers table
        #expect(count("<span class=\"sent pos-") + count("<span class=\"sent neg-") >= 6)

        let screenshot = try rendered(page, in: directory)
        #expect(screenshot.width == Self.width && screenshot.height == Self.height)
        #expect(screenshot.byteCount > 4 * (try blank(in: directory)).byteCount)
    }

    /// The screenshot of `page`, saved beside it with the extension `png`.
    private func rendered(_ page: String, in directory: TemporaryDirectory) throws -> PNGInfo {
        let png = (page as NSString).deletingPathExtension + ".png"
        try Chromium.screenshot(of: page, to: png, width: Self.width, height: Self.height)
        return try PNGInfo(path: png)
    }

    /// The screenshot of an empty white page of the same size: what "rendered nothing" looks like.
    private func blank(in directory: TemporaryDirectory) throws -> PNGInfo {
        let page = try directory.write("blank.html", "<!DOCTYPE html><html><body></body></html>")
        return try rendered(page, in: directory)
    }
}
