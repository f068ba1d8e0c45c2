import Foundation
import SanadCore

/// The tables under a document's article: its entities with mention counts, its speakers with their quotes, and its
/// sentiment with the words behind it. A table appears when the pipeline produces its layer.
struct HTMLSummary {
    /// The document summarized.
    let document: Document
    /// The document section's anchor, the prefix of its quotes' anchors.
    let anchor: String
    /// The language of the document's words in the tables.
    let language: DocumentLanguage
    /// The layers the pipeline produced.
    let layers: Set<Layer>

    /// How many evidence words the sentiment table lists, strongest first.
    static let evidenceShown = 8
    /// How many characters of a quote the speakers table shows.
    static let quoteExcerpt = 90

    /// Writes the tables, or nothing when the pipeline has none of their layers.
    func write(into page: inout HTMLBuffer) {
        guard !layers.isDisjoint(with: [.entities, .quotes, .sentiment]) else { return }
        page.raw("<div class=\"summary\" lang=\"en\" dir=\"ltr\">\n")
        if layers.contains(.entities) { writeEntities(into: &page) }
        if layers.contains(.quotes) { writeSpeakers(into: &page) }
        if layers.contains(.sentiment) { writeSentiment(into: &page) }
        page.raw("</div>\n")
    }

    /// Mentions of one entity: those sharing an `entity` identifier, or else the same text and type.
    private struct EntityRow {
        var name: String
        var label: Entity.Label
        var mentions = 0
        var forms: [String] = []
    }

    private func writeEntities(into page: inout HTMLBuffer) {
        var rows: [EntityRow] = []
        var rowOfKey: [String: Int] = [:]
        for entity in document.entities {
            let key = entity.entity.map { "id:" + $0 } ?? "\(entity.label.rawValue):\(entity.text)"
            let row = rowOfKey[key] ?? {
                rows.append(EntityRow(name: entity.canonical ?? entity.text, label: entity.label))
                rowOfKey[key] = rows.count - 1
                return rows.count - 1
            }()
            rows[row].mentions += 1
            if entity.text != rows[row].name, !rows[row].forms.contains(entity.text) { rows[row].forms.append(entity.text) }
        }
        let ordered = rows.enumerated().sorted { ($1.element.mentions, $0.offset) < ($0.element.mentions, $1.offset) }
        page.raw("<table class=\"entities\"><caption>Entities</caption>\n")
        guard !ordered.isEmpty else {
            page.raw("<tbody><tr><td class=\"none\">No entities found.</td></tr></tbody></table>\n")
            return
        }
        page.raw("<thead><tr><th>Entity</th><th>Type</th><th class=\"num\">Mentions</th><th>Also written</th></tr></thead>\n<tbody>\n")
        for (_, row) in ordered {
            page.raw("<tr><td><span class=\"ent ")
            page.raw(row.label.cssClass)
            page.raw("\">")
            page.isolated(row.name, language: language)
            page.raw("</span></td><td>")
            page.text(row.label.title)
            page.raw("</td><td class=\"num\">")
            page.number(row.mentions)
            page.raw("</td><td>")
            for (index, form) in row.forms.enumerated() {
                if index > 0 { page.raw(", ") }
                page.isolated(form, language: language)
            }
            page.raw("</td></tr>\n")
        }
        page.raw("</tbody></table>\n")
    }

    /// Quotes of one speaker: those sharing a linked entity, else a canonical name, else the mention's text.
    private struct SpeakerRow {
        var name: String?
        var quotes: [Int] = []
    }

    private func writeSpeakers(into page: inout HTMLBuffer) {
        var rows: [SpeakerRow] = []
        var rowOfKey: [String: Int] = [:]
        for (index, quote) in document.quotes.enumerated() {
            let speaker = quote.speaker
            let key = speaker.map { $0.entity.map { "id:" + $0 } ?? "name:" + $0.name } ?? "none"
            let row = rowOfKey[key] ?? {
                rows.append(SpeakerRow(name: speaker?.name))
                rowOfKey[key] = rows.count - 1
                return rows.count - 1
            }()
            rows[row].quotes.append(index)
        }
        page.raw("<table class=\"speakers\"><caption>Speakers</caption>\n")
        guard !rows.isEmpty else {
            page.raw("<tbody><tr><td class=\"none\">No quotes found.</td></tr></tbody></table>\n")
            return
        }
        page.raw("<thead><tr><th>Speaker</th><th class=\"num\">Quotes</th><th>What they said</th></tr></thead>\n<tbody>\n")
        for row in rows {
            page.raw("<tr><td>")
            if let name = row.name { page.isolated(name, language: language) } else { page.raw("speaker not found") }
            page.raw("</td><td class=\"num\">")
            page.number(row.quotes.count)
            page.raw("</td><td><ul>")
            for index in row.quotes {
                page.raw("<li><a class=\"qnum\"")
                page.attribute("href", "#" + HTMLDocumentSection.quoteAnchor(index, section: anchor))
                page.raw(">")
                page.number(index + 1)
                page.raw("</a> ")
                page.isolated(Self.excerpt(document.quotes[index].text), language: language)
                page.raw("</li>")
            }
            page.raw("</ul></td></tr>\n")
        }
        page.raw("</tbody></table>\n")
    }

    private func writeSentiment(into page: inout HTMLBuffer) {
        page.raw("<table class=\"sentiment\"><caption>Sentiment</caption>\n<tbody>\n")
        guard let sentiment = document.sentiment else {
            page.raw("<tr><td class=\"none\">No sentiment scored.</td></tr></tbody></table>\n")
            return
        }
        page.raw("<tr><th>Document</th><td>")
        page.text(sentiment.document.readable)
        page.raw("</td></tr>\n")
        let evidence = sentiment.document.evidence.sorted { abs($0.weight) > abs($1.weight) }.prefix(Self.evidenceShown)
        if !evidence.isEmpty {
            page.raw("<tr><th>Words behind it</th><td>")
            for (index, item) in evidence.enumerated() {
                if index > 0 { page.raw(", ") }
                page.isolated(item.text, language: language)
                page.text(String(format: " %+.2f", item.weight))
            }
            page.raw("</td></tr>\n")
        }
        for entity in sentiment.entities {
            page.raw("<tr><th>")
            page.isolated(entity.canonical, language: language)
            page.raw("</th><td>")
            page.text(entity.sentiment.readable)
            page.raw("</td></tr>\n")
        }
        page.raw("</tbody></table>\n")
    }

    /// The first ``quoteExcerpt`` characters of `text`, with an ellipsis when there is more.
    private static func excerpt(_ text: String) -> String {
        text.count > quoteExcerpt ? text.prefix(quoteExcerpt) + "…" : text
    }
}
