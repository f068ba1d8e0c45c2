/// A stretch of text to mark up: a sentence, a quote, an entity… with its nesting rank.
///
/// Where two marked spans cover the same text, the one with the lower ``rank`` encloses the other (a sentence
/// encloses a quote, which encloses an entity); within a rank, the one that starts first (then the longer one)
/// encloses the other.
struct MarkedSpan: Equatable {
    /// Offset of the first code point in the original text.
    var start: Int
    /// Offset one past the last code point.
    var end: Int
    /// Nesting rank: lower ranks are outer elements.
    var rank: Int
}

/// One step of properly nested markup over a text, in document order.
enum MarkupEvent: Equatable {
    /// Open an element for `spans[span]`; `first` says whether this fragment is the span's first.
    case open(span: Int, first: Bool)
    /// Close the innermost open element, which belongs to `spans[span]`.
    case close(span: Int)
    /// The original text `[start, end)`, inside every element open at this point.
    case text(start: Int, end: Int)
}

/// Turns possibly overlapping spans into properly nested markup: every element closes before its parent does.
///
/// The text is cut at every span boundary; each piece lies inside a fixed set of spans, ordered outer to inner. From
/// one piece to the next, the elements that stay open are the longest common prefix of the two orderings; the
/// others close and (re)open. A span that crosses another is therefore split into several fragments, each element
/// holding only text that the span covers, so the concatenated text of a span's fragments is exactly its slice.
enum SpanNesting {
    /// The markup of `range` of the text, with `spans` clipped to `range` (a span left empty is not marked: there is
    /// no text to put in its element). Every code point of `range` is in exactly one `.text` event, in order.
    static func events(for spans: [MarkedSpan], in range: Range<Int>) -> [MarkupEvent] {
        let clipped = spans.map {
            MarkedSpan(start: max($0.start, range.lowerBound), end: min($0.end, range.upperBound), rank: $0.rank)
        }
        let marked = clipped.indices.filter { clipped[$0].start < clipped[$0].end }
        let byStart = marked.sorted { clipped[$0].start < clipped[$1].start }
        var boundaries = Set([range.lowerBound, range.upperBound])
        for index in marked {
            boundaries.insert(clipped[index].start)
            boundaries.insert(clipped[index].end)
        }
        let cuts = boundaries.sorted()

        func encloses(_ a: Int, _ b: Int) -> Bool {
            let (x, y) = (clipped[a], clipped[b])
            return (x.rank, x.start, -x.end, a) < (y.rank, y.start, -y.end, b)
        }

        var events: [MarkupEvent] = []
        var open: [Int] = []
        var active: [Int] = []
        var opened = Set<Int>()
        var next = 0
        for (pieceStart, pieceEnd) in zip(cuts, cuts.dropFirst()) {
            active.removeAll { clipped[$0].end <= pieceStart }
            while next < byStart.count, clipped[byStart[next]].start <= pieceStart {
                active.append(byStart[next])
                next += 1
            }
            let wanted = active.sorted(by: encloses)
            var kept = 0
            while kept < open.count, kept < wanted.count, open[kept] == wanted[kept] { kept += 1 }
            for span in open[kept...].reversed() { events.append(.close(span: span)) }
            for span in wanted[kept...] {
                events.append(.open(span: span, first: opened.insert(span).inserted))
            }
            open = wanted
            events.append(.text(start: pieceStart, end: pieceEnd))
        }
        for span in open.reversed() { events.append(.close(span: span)) }
        return events
    }
}
