/// What the whole document says about each word, for features no single sentence can give: how often the word
/// (by stem) occurs in the document, and which trigger words stand before and after any of its occurrences.
///
/// A name that appears once after `الرئيس` and three times bare is still a person's name in every sentence; a
/// word that is rare in the training data but repeated in the article is probably its subject's name.
struct DocumentContext: Sendable {
    /// What is known of one stem across the document.
    struct Aggregate: Sendable {
        /// Occurrences in the document.
        var count = 0
        /// Union of the trigger classes of the tokens right before its occurrences.
        var triggersBefore: UInt8 = 0
        /// Union of the trigger classes of the tokens right after its occurrences.
        var triggersAfter: UInt8 = 0
    }

    private var index = HashIndex()
    private var aggregates: [Aggregate] = []
    /// Per token of the document, the row of its stem in ``aggregates`` (-1 for a token outside every run).
    private var tokenRows: [Int32] = []

    /// The context of a document's tokens, whose sentences are `runs`.
    init(forms: [TokenForm], runs: [Range<Int>]) {
        // The rows below are written through unchecked pointers.
        precondition(
            runs.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= forms.count }, "runs lie within the forms")
        index = HashIndex(capacity: forms.count)
        tokenRows = [Int32](repeating: -1, count: forms.count)
        // A row per stem, at most one per token: made at once and written through pointers, so that a token costs
        // no array growth or uniqueness check.
        aggregates = [Aggregate](repeating: Aggregate(), count: forms.count)
        forms.withUnsafeBufferPointer { forms in
            tokenRows.withUnsafeMutableBufferPointer { tokenRows in
                aggregates.withUnsafeMutableBufferPointer { aggregates in
                    for run in runs {
                        var previousKinds: UInt8 = 0
                        var previous = -1
                        for position in run {
                            let row = index.insert(forms[position].stem)
                            tokenRows[position] = Int32(row)
                            aggregates[row].count += 1
                            aggregates[row].triggersBefore |= previousKinds
                            let kinds = forms[position].triggers
                            if previous >= 0 { aggregates[previous].triggersAfter |= kinds }
                            previousKinds = kinds
                            previous = row
                        }
                    }
                }
            }
        }
    }

    /// What the document says of the stem of its token `position`: ``aggregate(of:)`` without a lookup.
    @inline(__always)
    func aggregate(at position: Int) -> Aggregate {
        let row = tokenRows[position]
        return row < 0 ? Aggregate(count: 1) : aggregates[Int(row)]
    }

    /// What the document says of a stem.
    @inline(__always)
    func aggregate(of stem: UInt64) -> Aggregate {
        guard let row = index.row(of: stem) else { return Aggregate(count: 1) }
        return aggregates[row]
    }
}
