import SanadCore

/// One document's section of the HTML page: a heading, the annotated article, a panel of its quotes, and a summary.
///
/// The article is the original text, every code point of it in order, with elements around its paragraphs (each
/// with the direction of its own letters, so an English paragraph in an Arabic article reads left to right) and
/// around the annotated stretches: sentences (tinted by sentiment), quotes (with their speaker before them), cues and
/// entities. They are nested with
/// ``SpanNesting``, so a stretch that crosses another is split into fragments that carry the same `data-*` index, and
/// the concatenated text of those fragments is the annotation's original slice. Nothing is inserted into the text
/// itself: speaker names come from the stylesheet (`attr(data-speaker)`), so copying the article copies the original.
/// The section takes the document's `lang` and `dir`; the panel and the summary are English and left to right, with
/// the document's words in `<bdi>`.
struct HTMLDocumentSection {
    /// The document to show, holding only the layers in ``layers``.
    let document: Document
    /// The section's `id`, also the prefix of its quotes' anchors.
    let anchor: String
    /// The language and direction of the text.
    let language: DocumentLanguage
    /// The layers the pipeline produced: a missing layer is left out rather than shown empty.
    let layers: Set<Layer>

    /// What the document holds, as a line for the index and the section heading: `8 sentences · 2 quotes`.
    var counts: String {
        var parts: [String] = []
        if layers.contains(.sentences) { parts.append(Self.count(document.sentences.count, "sentence")) }
        if layers.contains(.entities) { parts.append(Self.count(document.entities.count, "entity", "entities")) }
        if layers.contains(.quotes) { parts.append(Self.count(document.quotes.count, "quote")) }
        if let sentiment = document.sentiment { parts.append(sentiment.document.readable) }
        return parts.isEmpty ? Self.count(document.scalars.count, "character") : parts.joined(separator: " · ")
    }

    /// Writes the section.
    func write(into page: inout HTMLBuffer) {
        page.raw("<section class=\"document\"")
        page.attribute("id", anchor)
        page.attribute("lang", language.tag)
        page.attribute("dir", language.direction)
        page.raw(">\n<header class=\"doc-header\" lang=\"en\" dir=\"ltr\"><h2><bdi>")
        page.text(document.id)
        page.raw("</bdi></h2><p>")
        page.text(counts)
        page.raw("</p></header>\n")
        page.raw(layers.contains(.quotes) ? "<div class=\"layout with-panel\">\n" : "<div class=\"layout\">\n")
        page.raw("<div class=\"article\">")
        writeArticle(into: &page)
        page.raw("</div>\n")
        if layers.contains(.quotes) { writeQuotePanel(into: &page) }
        page.raw("</div>\n")
        HTMLSummary(document: document, anchor: anchor, language: language, layers: layers).write(into: &page)
        page.raw("</section>\n")
    }

    /// What an element of the article marks, with the index of the annotation in its layer.
    private enum Mark {
        case paragraph(DocumentLanguage)
        case sentence(Int)
        case quote(Int)
        case cue(Int)
        case entity(Int)
    }

    /// The original text with its annotations as nested elements.
    private func writeArticle(into page: inout HTMLBuffer) {
        var spans: [MarkedSpan] = []
        var marks: [Mark] = []
        func add(_ span: Span, _ rank: Int, _ mark: Mark) {
            spans.append(MarkedSpan(start: span.start, end: span.end, rank: rank))
            marks.append(mark)
        }
        for paragraph in paragraphs() {
            let scalars = document.scalars[paragraph.start..<paragraph.end]
            add(paragraph, -1, .paragraph(DocumentLanguage(of: scalars, pipelineTag: language.tag)))
        }
        for (index, sentence) in document.sentences.enumerated() { add(sentence.span, 0, .sentence(index)) }
        for (index, quote) in document.quotes.enumerated() {
            add(quote.span, 1, .quote(index))
            if let cue = quote.cue { add(cue.span, 2, .cue(index)) }
        }
        for (index, entity) in document.entities.enumerated() { add(entity.span, 3, .entity(index)) }

        let sentenceScores = document.sentiment?.sentences.bySpan ?? [:]
        let quoteScores = document.sentiment?.quotes.bySpan ?? [:]
        for event in SpanNesting.events(for: spans, in: 0..<document.scalars.count) {
            switch event {
            case .text(let start, let end): page.text(document.scalars[start..<end])
            case .close: page.raw("</span>")
            case .open(let span, let first):
                switch marks[span] {
                case .paragraph(let language):
                    page.raw("<span class=\"para\"")
                    page.attribute("lang", language.tag)
                    page.attribute("dir", language.direction)
                    page.raw(">")
                case .sentence(let index):
                    openSentence(index, score: sentenceScores[document.sentences[index].span], into: &page)
                case .quote(let index):
                    openQuote(index, first: first, score: quoteScores[document.quotes[index].span], into: &page)
                case .cue(let index): openCue(of: index, into: &page)
                case .entity(let index): openEntity(index, into: &page)
                }
            }
        }
    }

    /// The stretches of text between paragraph separators (line feed, carriage return, NEL, U+2029: the code points
    /// that end a paragraph for the bidi algorithm), empty ones left out.
    private func paragraphs() -> [Span] {
        var paragraphs: [Span] = []
        var start = 0
        for (offset, scalar) in document.scalars.enumerated() {
            guard Self.paragraphSeparators.contains(scalar.value) else { continue }
            if offset > start { paragraphs.append(Span(start: start, end: offset)) }
            start = offset + 1
        }
        if document.scalars.count > start { paragraphs.append(Span(start: start, end: document.scalars.count)) }
        return paragraphs
    }

    /// Code points of bidi class B (paragraph separator).
    private static let paragraphSeparators: Set<UInt32> = [0x0A, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2029]

    private func openSentence(_ index: Int, score: SentimentScore?, into page: inout HTMLBuffer) {
        page.raw("<span class=\"")
        page.raw(score.map(Self.tint) ?? "sent")
        page.raw("\" data-sentence=\"")
        page.number(index)
        page.raw("\"")
        page.attribute("title", "Sentence \(index + 1)" + (score.map { " · " + $0.readable } ?? ""))
        page.raw(">")
    }

    private func openQuote(_ index: Int, first: Bool, score: SentimentScore?, into page: inout HTMLBuffer) {
        let quote = document.quotes[index]
        page.raw("<span class=\"quote")
        if first { page.raw(" q-first") }
        page.raw("\" data-quote=\"")
        page.number(index)
        page.raw("\"")
        if first {
            page.attribute("id", quoteAnchor(index))
            page.attribute("data-speaker", "\(index + 1) · " + (quote.speaker?.name ?? "speaker not found"))
        }
        var title = ["Quote \(index + 1)", quote.speaker.map { "said by \($0.name)" } ?? "speaker not found"]
        if let cue = quote.cue { title.append("cue \(cue.text)") }
        title.append(quote.kind.rawValue)
        if let score { title.append(score.readable) }
        page.attribute("title", title.joined(separator: " · "))
        page.raw(">")
    }

    private func openCue(of index: Int, into page: inout HTMLBuffer) {
        page.raw("<span class=\"cue\" data-cue=\"")
        page.number(index)
        page.raw("\"")
        page.attribute("title", "Cue of quote \(index + 1) (\(document.quotes[index].cue?.lemma ?? ""))")
        page.raw(">")
    }

    private func openEntity(_ index: Int, into page: inout HTMLBuffer) {
        let entity = document.entities[index]
        page.raw("<span class=\"ent ")
        page.raw(entity.label.cssClass)
        page.raw("\" data-entity=\"")
        page.number(index)
        page.raw("\"")
        var title = [entity.label.title]
        if let canonical = entity.canonical, canonical != entity.text { title.append(canonical) }
        if let confidence = entity.confidence { title.append("confidence \(twoDecimals(confidence))") }
        page.attribute("title", title.joined(separator: " · "))
        page.raw(">")
    }

    /// The side panel: each quote with its speaker, cue, kind, attribution and sentiment.
    private func writeQuotePanel(into page: inout HTMLBuffer) {
        page.raw("<aside class=\"quotes-panel\" lang=\"en\" dir=\"ltr\">\n<h3>Quotes</h3>\n")
        guard !document.quotes.isEmpty else {
            page.raw("<p class=\"none\">No quotes found.</p>\n</aside>\n")
            return
        }
        let scores = document.sentiment?.quotes.bySpan ?? [:]
        page.raw("<ol>\n")
        for (index, quote) in document.quotes.enumerated() {
            page.raw("<li")
            page.attribute("id", quoteAnchor(index) + "-panel")
            page.raw("><a class=\"qnum\"")
            page.attribute("href", "#" + quoteAnchor(index))
            page.raw(">")
            page.number(index + 1)
            page.raw("</a> <span class=\"speaker\">")
            if let speaker = quote.speaker {
                page.isolated(speaker.name, language: language)
            } else {
                page.raw("speaker not found")
            }
            page.raw("</span>\n<dl>")
            if let speaker = quote.speaker, speaker.text != speaker.name {
                page.raw("<dt>named as</dt><dd>")
                page.isolated(speaker.text, language: language)
                page.raw("</dd>")
            }
            if let cue = quote.cue {
                page.raw("<dt>cue</dt><dd>")
                page.isolated(cue.text, language: language)
                if cue.lemma != cue.text {
                    page.raw(" (")
                    page.isolated(cue.lemma, language: language)
                    page.raw(")")
                }
                page.raw("</dd>")
            }
            page.raw("<dt>kind</dt><dd>")
            page.text(quote.kind.rawValue)
            page.raw("</dd>")
            if let speaker = quote.speaker {
                page.raw("<dt>found by</dt><dd>")
                page.text("\(speaker.resolution.rawValue), confidence \(twoDecimals(speaker.confidence))")
                page.raw("</dd>")
            }
            if let score = scores[quote.span] {
                page.raw("<dt>sentiment</dt><dd>")
                page.text(score.readable)
                page.raw("</dd>")
            }
            page.raw("</dl>\n<p class=\"qtext\"")
            page.attribute("lang", language.tag)
            page.attribute("dir", language.direction)
            page.raw(">")
            page.text(quote.text)
            page.raw("</p></li>\n")
        }
        page.raw("</ol>\n</aside>\n")
    }

    /// The `id` of quote `index`'s first fragment in the article.
    private func quoteAnchor(_ index: Int) -> String { Self.quoteAnchor(index, section: anchor) }

    /// The `id` of quote `index`'s first fragment in the article of the section whose `id` is `section`.
    static func quoteAnchor(_ index: Int, section: String) -> String { "\(section)-q\(index + 1)" }

    /// The classes of a sentence with sentiment: its polarity, and a tint from 1 to 3 as the score grows.
    private static func tint(_ score: SentimentScore) -> StaticString {
        let magnitude = score.score.isFinite ? min(abs(score.score), 1) : 0
        let strength = min(3, Int(magnitude * 3) + 1)
        switch (score.label, strength) {
        case (.positive, 1): return "sent pos-1"
        case (.positive, 2): return "sent pos-2"
        case (.positive, _): return "sent pos-3"
        case (.negative, 1): return "sent neg-1"
        case (.negative, 2): return "sent neg-2"
        case (.negative, _): return "sent neg-3"
        case (.neutral, _): return "sent"
        }
    }

    /// `count` and the noun, in the plural unless `count` is 1.
    private static func count(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }
}
