import SanadTesting
import Testing

@testable import sanad

/// Overlapping annotations become properly nested markup, split where they cross, every fragment holding only text
/// its annotation covers.
@Suite struct SpanNestingTests {
    /// The markup as a string: `<n` opens span n (`*` on its first fragment), `>` closes, text as offsets.
    private func sketch(_ spans: [MarkedSpan], in range: Range<Int>) -> String {
        SpanNesting.events(for: spans, in: range).map { event in
            switch event {
            case .open(let span, let first): "<\(span)\(first ? "*" : "")"
            case .close: ">"
            case .text(let start, let end): "\(start)-\(end)"
            }
        }.joined(separator: " ")
    }

    @Test func anInnerSpanOpensAfterAndClosesBeforeItsParent() {
        let spans = [MarkedSpan(start: 2, end: 4, rank: 3), MarkedSpan(start: 0, end: 6, rank: 1)]
        #expect(sketch(spans, in: 0..<8) == "<1* 0-2 <0* 2-4 > 4-6 > 6-8")
    }

    @Test func aLowerRankEnclosesAHigherOneOverTheSameText() {
        let spans = [MarkedSpan(start: 0, end: 4, rank: 3), MarkedSpan(start: 0, end: 4, rank: 0)]
        #expect(sketch(spans, in: 0..<4) == "<1* <0* 0-4 > >")
    }

    @Test func crossingSpansSplitTheInnerOneAtTheOuterOnesEnd() {
        // A quote (rank 1) over 2..<7 and an entity (rank 3) over 5..<10: the entity is cut where the quote ends.
        let spans = [MarkedSpan(start: 2, end: 7, rank: 1), MarkedSpan(start: 5, end: 10, rank: 3)]
        #expect(sketch(spans, in: 0..<12) == "0-2 <0* 2-5 <1* 5-7 > > <1 7-10 > 10-12")
    }

    @Test func spansAreClippedToTheRangeAndEmptyOnesAreNotMarked() {
        let spans = [MarkedSpan(start: 0, end: 10, rank: 0), MarkedSpan(start: 6, end: 6, rank: 1)]
        #expect(sketch(spans, in: 4..<8) == "<0* 4-8 >")
    }

    @Test func randomSpansAlwaysGiveNestedMarkupWhoseFragmentsCoverExactlyTheirSpans() {
        var generator = SeededGenerator(seed: 8)
        for _ in 0..<2000 {
            let length = Int.random(in: 0...30, using: &generator)
            let spans = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                let a = Int.random(in: 0...length, using: &generator)
                let b = Int.random(in: 0...length, using: &generator)
                return MarkedSpan(start: min(a, b), end: max(a, b), rank: Int.random(in: 0...3, using: &generator))
            }
            var open: [Int] = []
            var covered = Array(repeating: [Int](), count: spans.count)
            var firsts = Array(repeating: 0, count: spans.count)
            var position = 0
            for event in SpanNesting.events(for: spans, in: 0..<length) {
                switch event {
                case .open(let span, let first):
                    open.append(span)
                    if first { firsts[span] += 1 }
                case .close(let span):
                    #expect(open.popLast() == span)
                case .text(let start, let end):
                    #expect(start == position && end > start)
                    position = end
                    for span in open { covered[span] += Array(start..<end) }
                    #expect(open.map { spans[$0].rank } == open.map { spans[$0].rank }.sorted())
                }
            }
            #expect(open.isEmpty && position == length)
            for (index, span) in spans.enumerated() {
                #expect(covered[index] == Array(span.start..<span.end))
                let marked = span.end > span.start
                #expect(firsts[index] == (marked ? 1 : 0))
            }
        }
    }
}
