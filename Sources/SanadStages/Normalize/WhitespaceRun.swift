/// A run of whitespace that the builder has read but not yet written, because the next code point may extend it.
///
/// Removed code points inside the run (controls, diacritics) do not end it: `" \u{200F} "` is one run.
struct WhitespaceRun {
    /// Original offset where the run starts.
    var start: Int32
    /// Original offset where it ends so far.
    var end: Int32
    /// Its first whitespace code point, written as is when it is the whole run and already canonical.
    let first: Unicode.Scalar
    /// Whether that first code point is an unchanged copy of the original.
    let firstIsVerbatim: Bool
    /// Whitespace code points in the run.
    var length = 0
    /// Line breaks in the run, a CRLF counting as one.
    var lineBreaks = 0
    /// Original offset where the second line break starts: where the output's second `\n` maps from.
    var secondBreakStart: Int32 = 0
    /// Whether the last whitespace read was a carriage return, so a `\n` now completes a CRLF.
    var afterCarriageReturn = false

    /// Starts a run with one whitespace code point.
    init(_ scalar: Unicode.Scalar, rule: ScalarRule, start: Int32, end: Int32, verbatim: Bool) {
        self.start = start
        self.end = end
        first = scalar
        firstIsVerbatim = verbatim
        add(scalar, rule: rule, start: start, end: end)
    }

    /// Extends the run with one whitespace code point.
    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar, rule: ScalarRule, start: Int32, end: Int32) {
        length += 1
        self.end = end
        let completesCRLF = afterCarriageReturn && scalar == "\n"
        let breaks = rule == .carriageReturn || (rule == .lineBreak && !completesCRLF)
        afterCarriageReturn = rule == .carriageReturn
        guard breaks else { return }
        lineBreaks += 1
        if lineBreaks == 2 { secondBreakStart = start }
    }

    /// Whether the run is already what collapsing would write: one space, or one `\n`.
    var isCanonical: Bool {
        length == 1 && (first == " " || first == "\n")
    }
}
