import SanadCore

/// The entity mentions of a document by token: which mention (if any) each token lies in.
struct TokenMentions {
    /// The document's mentions, in text order.
    let mentions: [Entity]
    /// For each token, the index in ``mentions`` of the mention it overlaps, or -1.
    private let mentionAt: [Int32]

    /// Maps `document`'s entities onto the tokens of `text`.
    init(_ document: Document, text: QuoteText) {
        // The entities stage writes mentions in text order; sorting is only needed for layers made otherwise. The
        // order is read through indices: pairing the mentions copied each one, retaining and releasing its strings.
        let entities = document.entities
        var inOrder = true
        for index in entities.indices.dropFirst()
        where entities[index].span < entities[index - 1].span {
            inOrder = false
            break
        }
        let mentions = inOrder ? entities : entities.sorted { $0.span < $1.span }
        var mentionAt = [Int32](repeating: -1, count: text.tokens.count)
        var next = 0
        for (index, token) in text.tokens.enumerated() {
            while next < mentions.count, mentions[next].end <= token.start { next += 1 }
            if next < mentions.count, mentions[next].start < token.end { mentionAt[index] = Int32(next) }
        }
        self.mentions = mentions
        self.mentionAt = mentionAt
    }

    /// The canonical name of entity `id`: its first mention's `canonical`, or that mention's text. Found by a scan
    /// when a speaker is linked, which few documents need, rather than mapped for every document.
    func canonical(of id: String) -> String? {
        mentions.first { $0.entity == id }.map { $0.canonical ?? $0.text }
    }

    /// The mention token `index` lies in.
    @inline(__always)
    func mention(at index: Int) -> Entity? {
        let mention = mentionAt[index]
        return mention < 0 ? nil : mentions[Int(mention)]
    }

    /// The first token of the mention that token `index` lies in (or `index` itself).
    func mentionStart(at index: Int) -> Int {
        let mention = mentionAt[index]
        var first = index
        while mention >= 0, first > 0, mentionAt[first - 1] == mention { first -= 1 }
        return first
    }

    /// The last token of the first person mention within tokens `range`, if any: where a speaker's name ends
    /// (`ديتر هيكينغ` in `ديتر هيكينغ المدير الفني لفولفسبورغ`).
    func firstPersonEnd(in range: Range<Int>) -> Int? {
        guard let first = range.first(where: { mention(at: $0)?.label == .person }) else { return nil }
        var last = first
        while last + 1 < range.upperBound, mentionAt[last + 1] == mentionAt[first] { last += 1 }
        return last
    }
}
