import SanadCore

/// Writes the normalized view and its alignment map from what the Unicode step produces, applying the
/// per-code-point rules and collapsing whitespace on the way.
///
/// It receives code points with the original span each came from (spans non-decreasing), so the map it writes is
/// non-decreasing too: a replacement keeps its span, a collapsed run maps to the whole run, and a removed diacritic
/// or tatweel widens the span of what precedes it.
struct NormalizedTextBuilder: ~Copyable {
    /// The rule table of the configuration (see ``ScalarRuleTable``).
    private let rules: UnsafeBufferPointer<UInt32>
    private var output: AlignedOutput
    /// Whitespace read but not yet written.
    private var run: WhitespaceRun?
    /// Original code points written unchanged, to derive ``NormalizationCounts/changedChars``.
    private var verbatim = 0
    private var counts = NormalizationCounts()

    /// Creates a builder for about `capacity` output code points.
    init(rules: UnsafeBufferPointer<UInt32>, capacity: Int) {
        self.rules = rules
        output = AlignedOutput(capacity: capacity)
    }

    /// Adds a code point that comes from original `[start, end)`; `verbatim` says it is an unchanged copy of the
    /// single original code point there.
    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar, start: Int, end: Int, verbatim: Bool) {
        let value = scalar.value
        let entry = value < UInt32(truncatingIfNeeded: rules.count) ? rules[Int(value)] : value
        let (start, end) = (Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end))
        guard entry != value else {
            if run != nil { flushRun() }
            write(scalar, start, end)
            if verbatim { self.verbatim += 1 }
            return
        }
        guard let rule = ScalarRuleTable.whitespaceRule(of: entry) else {
            apply(ScalarRuleTable.rule(of: entry), entry, start, end)
            return
        }
        if run == nil {
            run = WhitespaceRun(scalar, rule: rule, start: start, end: end, verbatim: verbatim)
        } else {
            run?.add(scalar, rule: rule, start: start, end: end)
        }
    }

    /// Notes that the Unicode form rewrote `count` original code points.
    mutating func recordUnicodeChange(_ count: Int) {
        counts.unicodeChanged += count
    }

    /// The view and the counts of a text of `originalLength` code points.
    mutating func finish(originalLength: Int) -> Normalization {
        flushRun()
        counts.changedChars = originalLength - verbatim
        let (scalars, originStart, originEnd) = output.arrays()
        let text = NormalizedText(
            scalars: scalars, originStart: originStart, originEnd: originEnd, originalLength: originalLength)
        return Normalization(text: text, counts: counts)
    }

    /// Applies a rule other than keep and whitespace.
    private mutating func apply(_ rule: ScalarRule, _ entry: UInt32, _ start: Int32, _ end: Int32) {
        switch rule {
        case .keep, .space, .lineBreak, .carriageReturn:
            preconditionFailure("\(rule) is handled by append")
        case .alef, .alefMaqsura, .tehMarbuta, .digit, .quote:
            if run != nil { flushRun() }
            counts.record(rule)
            write(ScalarRuleTable.replacement(of: entry), start, end)
        case .diacritic, .tatweel:
            counts.record(rule)
            if var pending = run {
                pending.end = max(pending.end, end)
                run = pending
            } else if output.count > 0 {
                output.lastEnd = max(output.lastEnd, end)
            }
        case .control:
            counts.record(rule)
        }
    }

    /// Writes the pending whitespace run: as is when canonical, else as one space, `\n` or `\n\n`.
    private mutating func flushRun() {
        guard let run else { return }
        self.run = nil
        if run.isCanonical {
            write(run.first, run.start, run.end)
            if run.firstIsVerbatim { verbatim += 1 }
            return
        }
        counts.whitespaceCollapsed += run.length
        switch run.lineBreaks {
        case 0:
            write(" ", run.start, run.end)
        case 1:
            write("\n", run.start, run.end)
        default:
            // The first `\n` maps up to where the second line break starts, the second from there; both map to the
            // whole run only when the breaks came out of one recomposed group and have no offsets of their own.
            let split = run.secondBreakStart > run.start ? run.secondBreakStart : run.end
            write("\n", run.start, split)
            write("\n", split < run.end ? split : run.start, run.end)
        }
    }

    @inline(__always)
    private mutating func write(_ scalar: Unicode.Scalar, _ start: Int32, _ end: Int32) {
        output.append(scalar, start: start, end: end)
    }
}
