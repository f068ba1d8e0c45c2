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

    /// Indices `0..<count` grouped by `key`, groups in order of first appearance.
    private static func grouped(_ count: Int, by key: (Int) -> String) -> [[Int]] {
        var groups: [[Int]] = []
        var groupOfKey: [String: Int] = [:]
        for index in 0..<count {
            let group = groupOfKey[key(index)] ?? groups.count
            if group == groups.count {
                groups.append([])
                groupOfKey[key(index)] = group
            }
            groups[group].append(index)
        }
        return groups
    }

    /// One row per entity: mentions sharing an `entity` identifier, or else the same text and type; most mentioned
    /// first.
    private func writeEntities(into page: inout HTMLBuffer) {
        let entities = document.entities
        let groups = Self.grouped(entities.count) {
            entities[$0].entity.map { "id:" + $0 } ?? "\(entities[$0].label.rawValue):\(entities[$0].text)"
        }
        let ordered = groups.enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }
        page.raw("<table class=\"entities\"><caption>Entities</caption>\n")
        guard !groups.isEmpty else {
            page.raw("<tbody><tr><td class=\"none\">No entities found.</td></tr></tbody></table>\n")
            return
        }
        page.raw("<thead><tr><th>Entity</th><th>Type</th><th class=\"num\">Mentions</th><th>Also written</th></tr>")
        page.raw("</thead>\n<tbody>\n")
        for (_, mentions) in ordered {
            let first = entities[mentions[0]]
            let name = first.canonical ?? first.text
            var forms: [String] = []
            for text in mentions.map({ entities[$0].text }) where text != name && !forms.contains(text) {
                forms.append(text)
            }
            page.raw("<tr><td><span class=\"ent ")
            page.raw(first.label.cssClass)
            page.raw("\">")
            page.isolated(name, language: language)
            page.raw("</span></td><td>")
            page.text(first.label.title)
            page.raw("</td><td class=\"num\">")
            page.number(mentions.count)
            page.raw("</td><td>")
            for (index, form) in forms.enumerated() {
                if index > 0 { page.raw(", ") }
                page.isolated(form, language: language)
            }
            page.raw("</td></tr>\n")
        }
        page.raw("</tbody></table>\n")
    }

    /// One row per speaker: quotes sharing a linked entity, else a canonical name, else the mention's text.
    private func writeSpeakers(into page: inout HTMLBuffer) {
        let quotes = document.quotes
        let groups = Self.grouped(quotes.count) { index in
            quotes[index].speaker.map { $0.entity.map { "id:" + $0 } ?? "name:" + $0.name } ?? "none"
        }
        page.raw("<table class=\"speakers\"><caption>Speakers</caption>\n")
        guard !groups.isEmpty else {
            page.raw("<tbody><tr><td class=\"none\">No quotes found.</td></tr></tbody></table>\n")
            return
        }
        page.raw("<thead><tr><th>Speaker</th><th class=\"num\">Quotes</th><th>What they said</th></tr></thead>\n")
        page.raw("<tbody>\n")
        for said in groups {
            page.raw("<tr><td>")
            if let speaker = quotes[said[0]].speaker {
                page.isolated(speaker.name, language: language)
            } else {
                page.raw("speaker not found")
            }
            page.raw("</td><td class=\"num\">")
            page.number(said.count)
            page.raw("</td><td><ul>")
            for index in said {
                page.raw("<li><a class=\"qnum\"")
                page.attribute("href", "#" + HTMLDocumentSection.quoteAnchor(index, section: anchor))
                page.raw(">")
                page.number(index + 1)
                page.raw("</a> ")
                page.isolated(Self.excerpt(quotes[index].text), language: language)
                page.raw("</li>")
            }
            page.raw("</ul></td></tr>\n")
        }
        page.raw("</tbody></table>\n")
    }

    /// The document score, the words that weighed most in it, and how each linked entity is spoken of.
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
