/// A half-open range `[start, end)` of Unicode code point offsets into a document's **original** text.
///
/// Code points (Unicode scalars) are what Python's `str` indexes, so a span printed by Sanad slices the same text in
/// any consumer. Every annotation in every layer carries one.
public struct Span: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Offset of the first code point.
    public var start: Int
    /// Offset one past the last code point.
    public var end: Int

    /// Creates a span; `start` must not exceed `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "span start \(start) is after its end \(end)")
        self.start = start
        self.end = end
    }

    /// Number of code points covered.
    public var length: Int { end - start }

    /// Whether the span covers no code point.
    public var isEmpty: Bool { start == end }

    /// Whether the two spans share at least one code point.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// Whether `other` lies entirely inside this span.
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "[\(start), \(end))" }
}

/// Anything that points into the original text: it stores `start` and `end`, so it encodes flat as
/// `{"start": …, "end": …, …}` like every annotation in the output schema.
public protocol Spanned {
    /// Offset of the annotation's first code point in the original text.
    var start: Int { get }
    /// Offset one past its last code point.
    var end: Int { get }
}

extension Spanned {
    /// Where the annotation sits in the original text.
    public var span: Span { Span(start: start, end: end) }
}
