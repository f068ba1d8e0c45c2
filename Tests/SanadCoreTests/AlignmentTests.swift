import Testing

@testable import SanadCore

@Suite struct AlignmentTests {
    @Test func theIdentityViewMapsEveryRangeToItself() {
        let view = NormalizedText(identity: Array("abc".unicodeScalars))
        #expect(view.originalSpan(start: 1, end: 3) == Span(start: 1, end: 3))
    }

    @Test func aRangeMapsFromTheStartOfItsFirstToTheEndOfItsLastCodePoint() {
        // "aXb" where X (original 1..<3) was two code points folded into one.
        let view = NormalizedText(
            scalars: ["a", "x", "b"], originStart: [0, 1, 3], originEnd: [1, 3, 4], originalLength: 4)
        #expect(view.originalSpan(start: 1, end: 2) == Span(start: 1, end: 3))
        #expect(view.originalSpan(start: 0, end: 3) == Span(start: 0, end: 4))
    }

    @Test func anEmptyRangeMapsToTheOriginalPositionOfWhatFollows() {
        let view = NormalizedText(scalars: ["a", "b"], originStart: [0, 2], originEnd: [1, 3], originalLength: 3)
        #expect(view.originalSpan(start: 1, end: 1) == Span(start: 2, end: 2))
        #expect(view.originalSpan(start: 2, end: 2) == Span(start: 3, end: 3))
    }
}
