import SanadCore

/// `--format html`: one self-contained page for the whole run, streamed a document at a time.
///
/// The page's head (inline stylesheet, legend) is written with the first document, and each document's section as
/// soon as the document is done. The index of documents can only be known at the end, so it is buffered (one
/// line per document) and written after the last section, when the run has more than one document; the stylesheet
/// shows it above the documents. A Content-Security-Policy forbids every network request: the page loads nothing.
struct HTMLRendering: DocumentRendering {
    private let run: RunDescription
    private var started = false
    private var index: [IndexEntry] = []

    /// Creates the format for `run`.
    init(run: RunDescription) { self.run = run }

    /// One line of the index: a link to a document's section and what the document holds.
    private struct IndexEntry {
        var id: String
        var anchor: String
        var counts: String
    }

    mutating func render(_ document: Document) throws -> [UInt8] {
        var page = HTMLBuffer(capacity: document.text.utf8.count * 3 + 8192)
        if !started { head(into: &page) }
        let section = HTMLDocumentSection(
            document: document.keeping(run.layers), anchor: "doc-\(index.count + 1)",
            language: DocumentLanguage(of: document.scalars[...], pipelineTag: run.language), layers: run.layers)
        section.write(into: &page)
        index.append(IndexEntry(id: document.id, anchor: section.anchor, counts: section.counts))
        return page.bytes
    }

    mutating func finish() -> [UInt8] {
        var page = HTMLBuffer()
        if !started { head(into: &page) }
        if index.isEmpty { page.raw("<p class=\"empty\">No documents.</p>\n") }
        page.raw("</main>\n")
        if index.count > 1 { writeIndex(into: &page) }
        page.raw("</body>\n</html>\n")
        return page.bytes
    }

    /// The doctype, head, page header with the legend, and the opening of `<main>`.
    private mutating func head(into page: inout HTMLBuffer) {
        started = true
        page.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        page.raw(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n"
        )
        page.raw("<meta name=\"generator\" content=\"sanad\"/>\n<title>")
        page.text("Sanad: \(run.pipeline)")
        page.raw("</title>\n<style>\n")
        page.raw(HTMLStyle.css)
        page.raw("</style>\n</head>\n<body>\n<header class=\"page-header\">\n<h1>")
        page.text("Sanad: \(run.pipeline)")
        page.raw("</h1>\n")
        if !run.summary.isEmpty {
            page.raw("<p>")
            page.text(run.summary)
            page.raw("</p>\n")
        }
        legend(into: &page)
        page.raw("</header>\n<main>\n")
    }

    /// A sample of each mark the pipeline's layers can put on the text.
    private func legend(into page: inout HTMLBuffer) {
        let layers = run.layers
        guard !layers.isDisjoint(with: [.entities, .quotes, .sentiment]) else {
            page.raw("<p class=\"legend none\">This pipeline finds no entities, quotes or sentiment.</p>\n")
            return
        }
        page.raw("<div class=\"legend\">")
        if layers.contains(.entities) {
            page.raw("<span class=\"key\">Entities:</span>")
            for label in Entity.Label.allCases {
                page.raw(" <span class=\"ent ")
                page.raw(label.cssClass)
                page.raw("\">")
                page.text(label.title)
                page.raw("</span>")
            }
        }
        if layers.contains(.quotes) {
            page.raw(" <span class=\"key\">Quotes:</span> <span class=\"quote q-first\" data-speaker=\"1 · speaker\">")
            page.raw("what was said</span> <span class=\"cue\">cue</span>")
        }
        if layers.contains(.sentiment) {
            page.raw(" <span class=\"key\">Sentence sentiment:</span> <span class=\"sent pos-2\">positive</span>")
            page.raw(
                " <span class=\"sent neg-2\">negative</span> <span class=\"key\">(deeper tint, stronger score)</span>")
        }
        page.raw("</div>\n")
    }

    /// The list of links to every document's section.
    private func writeIndex(into page: inout HTMLBuffer) {
        page.raw("<nav class=\"index\" aria-label=\"Documents\">\n<h2>")
        page.number(index.count)
        page.raw(" documents</h2>\n<ol>\n")
        for entry in index {
            page.raw("<li><a")
            page.attribute("href", "#" + entry.anchor)
            page.raw("><bdi>")
            page.text(entry.id)
            page.raw("</bdi></a> <span class=\"counts\">")
            page.text(entry.counts)
            page.raw("</span></li>\n")
        }
        page.raw("</ol>\n</nav>\n")
    }
}
