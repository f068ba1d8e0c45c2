/// A view of the text after normalization, with an exact way back to the original.
///
/// For every code point of the normalized text, the map keeps the span of original code points it came from.
/// Both bounds are non-decreasing, so any normalized range maps to one original range: a stage can match
/// `الرئيس` on the normalized view of `الرَّئِيس` and still store the original offsets.
public struct NormalizedText: Hashable, Sendable {
    /// The normalized code points.
    public let scalars: [Unicode.Scalar]
    /// `originStart[i]`: the original offset where normalized code point `i` begins.
    public let originStart: [Int32]
    /// `originEnd[i]`: the original offset where normalized code point `i` ends.
    public let originEnd: [Int32]
    /// Length of the original text, in code points (where an empty range at the end maps).
    public let originalLength: Int

    /// Creates a view; the three arrays must have one entry per normalized code point, with non-decreasing bounds.
    public init(scalars: [Unicode.Scalar], originStart: [Int32], originEnd: [Int32], originalLength: Int) {
        precondition(scalars.count == originStart.count && scalars.count == originEnd.count)
        self.scalars = scalars
        self.originStart = originStart
        self.originEnd = originEnd
        self.originalLength = originalLength
    }

    /// The identity view of `scalars`: each code point maps to itself.
    public init(identity scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        originStart = (0..<Int32(scalars.count)).map { $0 }
        originEnd = (1..<Int32(scalars.count + 1)).map { $0 }
        originalLength = scalars.count
    }

    /// The normalized text as a string.
    public var text: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The original span that produced normalized code points `[start, end)`.
    ///
    /// An empty range maps to an empty span at the original position of the code point that follows it.
    public func originalSpan(start: Int, end: Int) -> Span {
        precondition(0 <= start && start <= end && end <= scalars.count, "range \(start)..<\(end) outside the view")
        if start == end {
            let offset = start < scalars.count ? Int(originStart[start]) : originalLength
            return Span(start: offset, end: offset)
        }
        return Span(start: Int(originStart[start]), end: Int(originEnd[end - 1]))
    }
}
