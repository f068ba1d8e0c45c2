import SanadCore

/// Reads the quantities of one document: the grammar over a ``TokenStream``.
///
/// A quantity is `[qualifier] [range opener] measurement [separator measurement] [trailing qualifier]`; a measurement
/// is `[currency] amount [percent | currency | unit | month [year] | year marker | counted noun]`, or a month first
/// (`May 3, 2023`, `أيار 2023`); an amount is digits with an optional magnitude, or number words. Reading goes left
/// to right, longest quantity first, and never overlaps.
struct QuantityReader {
    let lexicon: Lexicon
    /// Whether a number takes the noun after it as what it counts.
    let countedNouns: Bool
    let stream: TokenStream

    /// Every quantity in the document, in text order, whatever its kind.
    func quantities() -> [Quantity] {
        var found: [Quantity] = []
        var index = 0
        while index < stream.count {
            if let (quantity, next) = quantity(at: index) {
                found.append(quantity)
                index = next
            } else {
                index += 1
            }
        }
        return found
    }

    /// The quantity starting at token `index`, and the index of the token after it.
    func quantity(at index: Int) -> (Quantity, Int)? {
        let qualifier = stream.match(at: index) { meaning -> Qualifier? in
            if case .qualifier(let qualifier) = meaning { qualifier } else { nil }
        }
        let afterQualifier = qualifier?.end ?? index
        let opener = stream.match(at: afterQualifier) { meaning -> Bool? in
            if case .rangeOpener(let isBetween) = meaning { isBetween } else { nil }
        }
        guard let first = opener.flatMap({ measurement(at: $0.end) }) ?? measurement(at: afterQualifier) else {
            return nil
        }
        var result = first
        var start = qualifier?.start ?? first.start
        if let second = secondEnd(after: first, isBetween: opener?.value == true), let range = range(first, second) {
            result = range
            if qualifier == nil, let opener { start = opener.start }
        }
        var end = result.end
        var stated = qualifier?.value
        if stated == nil,
            let trailing = stream.match(
                at: end,
                { meaning -> Qualifier? in
                    if case .trailingQualifier(let qualifier) = meaning { qualifier } else { nil }
                })
        {
            stated = trailing.value
            end = trailing.end
        }
        let span = Span(start: start, end: stream.tokens[end - 1].end)
        return (result.quantity(span: span, qualifier: stated), end)
    }

    /// The second end of a range after `first`: a separator (`إلى`, `-`, `to`; `و`/`and` only after `بين`/`between`)
    /// and a measurement, or after `بين` a number word carrying `و` (`بين ثلاثة وخمسة`).
    private func secondEnd(after first: Measurement, isBetween: Bool) -> Measurement? {
        if let separator = stream.match(
            at: first.end,
            { meaning -> Bool? in
                if case .rangeSeparator(let needsBetween) = meaning { needsBetween } else { nil }
            }), !separator.value || isBetween, let second = measurement(at: separator.end)
        {
            return second
        }
        return isBetween && stream.hasWawPrefix(first.end) ? measurement(at: first.end) : nil
    }
}
