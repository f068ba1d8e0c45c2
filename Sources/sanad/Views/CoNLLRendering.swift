import SanadCore

/// `--format conll`: one token per line with its entity tag, the format NER tools exchange.
///
/// ```
/// # id = Examples/arabic-news-article.txt
/// # text = عمّان - بحث وزير الخارجية الأردني أيمن الصفدي …
/// عمّان	B-LOC
/// -	O
/// بحث	O
/// ```
///
/// Each document opens with `# id = …`; each sentence with `# text = …` (its original text on one line) and ends
/// with a blank line. A row is the token as written, a tab, and an IOB2 tag: `B-TYPE` on the first token an entity
/// overlaps, `I-TYPE` on the next ones, `O` elsewhere, with `PER`, `LOC`, `ORG` and `MISC` for the entity types. An
/// entity counts on every token it overlaps, so `لفرنسا` is `B-LOC` though the mention leaves out its proclitic: the
/// same rule as the project's scorer (`shared/eval/ner_score.py`), whose reader (`conll.py`) reads this output.
/// A run of tokens outside every sentence forms a sentence of its own. Tabs and line breaks in a token become spaces.
struct CoNLLRendering: DocumentRendering {
    /// Creates the format.
    init() {}

    mutating func render(_ document: Document) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(document.text.utf8.count * 2 + document.tokens.count * 8)
        out += "# id = ".utf8
        SingleLine.append(document.id.unicodeScalars, to: &out)
        out.append(0x0A)
        let tokens = document.tokens
        let tags = Self.tags(of: document)
        let owners = Self.sentenceOwners(of: document)
        var first = 0
        while first < tokens.count {
            var end = first + 1
            while end < tokens.count, owners[end] == owners[first] { end += 1 }
            let text = owners[first].map { document.sentences[$0].span }
                ?? Span(start: tokens[first].start, end: tokens[end - 1].end)
            out += "# text = ".utf8
            SingleLine.append(document.scalars[text.start..<text.end], to: &out)
            out.append(0x0A)
            for index in first..<end {
                SingleLine.append(document.scalars[tokens[index].start..<tokens[index].end], to: &out)
                out.append(0x09)
                out += tags[index].utf8
                out.append(0x0A)
            }
            out.append(0x0A)
            first = end
        }
        return out
    }

    mutating func finish() -> [UInt8] { [] }

    /// The IOB2 tag of every token: an entity's type on each token it overlaps, `B-` on the first of them.
    static func tags(of document: Document) -> [String] {
        let entities = document.entities.sorted { $0.span < $1.span }
        var tags: [String] = []
        tags.reserveCapacity(document.tokens.count)
        var next = 0
        var previous: Int?
        for token in document.tokens {
            while next < entities.count, entities[next].end <= token.start { next += 1 }
            if next < entities.count, entities[next].start < token.end, entities[next].end > entities[next].start {
                tags.append((previous == next ? "I-" : "B-") + entities[next].label.tag)
                previous = next
            } else {
                tags.append("O")
                previous = nil
            }
        }
        return tags
    }

    /// The index of the sentence each token starts in, or nil when it starts in none.
    private static func sentenceOwners(of document: Document) -> [Int?] {
        let sentences = document.sentences
        var sentence = 0
        return document.tokens.map { token in
            while sentence < sentences.count, sentences[sentence].end <= token.start { sentence += 1 }
            return sentence < sentences.count && sentences[sentence].start <= token.start ? sentence : nil
        }
    }
}
