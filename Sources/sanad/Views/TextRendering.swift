import SanadCore

/// `--format text`: a view for reading at a terminal, a document at a time.
///
/// ```
/// == Examples/arabic-news-article.txt ==
/// sentiment: neutral +0.08
/// 1  وزير الخارجية الأردني يبحث مع نظيره الفرنسي الأوضاع في المنطقة  neutral +0.00
/// 2  [عمّان|LOC] - بحث وزير الخارجية الأردني [أيمن الصفدي|PER] مع نظيره الفرنسي …  positive +0.30
/// quotes:
/// 1  أيمن الصفدي · وقال · mixed · negative -0.45
///    الأردن "يرفض أي إجراءات أحادية تقوّض فرص تحقيق السلام"
/// ```
///
/// Sentences are numbered, one per line (line breaks inside a sentence become spaces); entities are bracketed with
/// their type's tag; quotes follow with their speaker, cue, kind and sentiment. Layers the pipeline does not produce
/// are left out. Documents are separated by a blank line.
struct TextRendering: DocumentRendering {
    private let layers: Set<Layer>
    private let style: TerminalStyle
    private var written = 0

    /// Creates the view for `run`, coloured when `run.color` allows.
    init(run: RunDescription) {
        layers = run.layers
        style = TerminalStyle(colored: run.color)
    }

    mutating func render(_ document: Document) throws -> [UInt8] {
        let document = document.keeping(layers)
        var out = written > 0 ? "\n" : ""
        written += 1
        out += style.paint("== " + SingleLine.text(document.id.unicodeScalars) + " ==", .bold) + "\n"
        if let sentiment = document.sentiment {
            out += "sentiment: " + painted(sentiment.document) + "\n"
        }
        writeSentences(of: document, into: &out)
        if layers.contains(.quotes) { writeQuotes(of: document, into: &out) }
        return Array(out.utf8)
    }

    mutating func finish() -> [UInt8] { [] }

    /// Each sentence on its own numbered line, entities in brackets, sentence sentiment after it.
    private func writeSentences(of document: Document, into out: inout String) {
        let width = String(document.sentences.count).count
        let entities = document.entities.map { MarkedSpan(start: $0.start, end: $0.end, rank: 0) }
        let scores = document.sentiment?.sentences.bySpan ?? [:]
        for (index, sentence) in document.sentences.enumerated() {
            out += style.paint(Self.padded(index + 1, width), .dim) + "  "
            var open: [Int] = []
            for event in SpanNesting.events(for: entities, in: sentence.start..<sentence.end) {
                switch event {
                case .open(let span, _):
                    open.append(span)
                    out += style.paint("[", .dim)
                case .close(let span):
                    open.removeLast()
                    out += style.paint("|" + document.entities[span].label.tag + "]", .dim)
                case .text(let start, let end):
                    let text = SingleLine.text(document.scalars[start..<end])
                    out += open.last.map { style.paint(text, Self.color(of: document.entities[$0].label)) } ?? text
                }
            }
            if let score = scores[sentence.span] { out += "  " + painted(score) }
            out += "\n"
        }
    }

    /// Each quote: number, speaker, cue, kind and sentiment, then its text on the next line.
    private func writeQuotes(of document: Document, into out: inout String) {
        guard !document.quotes.isEmpty else {
            out += "quotes: none\n"
            return
        }
        out += "quotes:\n"
        let width = String(document.quotes.count).count
        let scores = document.sentiment?.quotes.bySpan ?? [:]
        for (index, quote) in document.quotes.enumerated() {
            var facts = [
                style.paint(
                    quote.speaker.map { SingleLine.text($0.name.unicodeScalars) } ?? "(speaker not found)", .bold)
            ]
            if let cue = quote.cue { facts.append(style.paint(SingleLine.text(cue.text.unicodeScalars), .cyan)) }
            facts.append(quote.kind.rawValue)
            if let score = scores[quote.span] { facts.append(painted(score)) }
            out += style.paint(Self.padded(index + 1, width), .dim) + "  " + facts.joined(separator: " · ") + "\n"
            out += String(repeating: " ", count: width + 2) + SingleLine.text(quote.text.unicodeScalars) + "\n"
        }
    }

    /// A score in green (positive), red (negative) or plain.
    private func painted(_ score: SentimentScore) -> String {
        switch score.label {
        case .positive: style.paint(score.readable, .green)
        case .negative: style.paint(score.readable, .red)
        case .neutral: score.readable
        }
    }

    /// The colour of an entity type's text.
    private static func color(of label: Entity.Label) -> TerminalStyle.Code {
        switch label {
        case .person: .blue
        case .location: .green
        case .organization: .yellow
        case .misc: .magenta
        }
    }

    /// `number` right-aligned in `width` columns.
    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: " ", count: max(0, width - digits.count)) + digits
    }
}
