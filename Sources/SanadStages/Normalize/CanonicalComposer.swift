/// Canonical ordering and composition — the second half of NFC and NFKC, after Foundation's decomposition — from a
/// table of primary composites.
///
/// `normalize` does these itself because Foundation gets them wrong on Linux: `precomposedStringWithCanonicalMapping`
/// truncates a supplementary-plane starter to 16 bits when a combining mark follows (U+10041 + U+0301 becomes Á,
/// U+103BF + U+0301 becomes ό), and the decompositions sort marks by the combining class of the code points before
/// decomposing, so the marks of U+0F75 or U+1FEE (class 0, decomposing to marks) stay out of canonical order.
struct CanonicalComposer: Sendable {
    /// Primary composites by the pair they compose from, keyed by ``key(_:_:)``.
    private let pairs: [UInt64: Unicode.Scalar]

    /// Builds the pair table from canonical decompositions: `decompositions` lists code points with the full
    /// canonical decomposition of each (two or more code points), excluding Hangul syllables, which compose
    /// arithmetically. Code points with the Full_Composition_Exclusion property are skipped.
    init(decompositions: [(composite: Unicode.Scalar, decomposition: [Unicode.Scalar])]) {
        var pairs: [UInt64: Unicode.Scalar] = [:]
        // A composite pairs its decomposition's last code point with the composite of the rest, so shorter
        // decompositions go first and `compose` of the rest finds it.
        let primary = decompositions.filter { !$0.composite.properties.isFullCompositionExclusion }
            .sorted { $0.decomposition.count < $1.decomposition.count }
        for (composite, decomposition) in primary {
            let rest = Self.compose(Array(decomposition.dropLast()), pairs: pairs)
            guard rest.count == 1, let last = decomposition.last else { continue }
            pairs[Self.key(rest[0], last)] = composite
        }
        self.pairs = pairs
    }

    /// A composer with these primary composites: each `composite` is what `first` followed by `second` composes to
    /// (Hangul syllables excluded, as they compose arithmetically).
    init(pairs: [Pair]) {
        self.pairs = Dictionary(uniqueKeysWithValues: pairs.map { (Self.key($0.first, $0.second), $0.composite) })
    }

    /// One primary composition: `first` followed by `second` composes to `composite`.
    struct Pair: Equatable, Sendable {
        /// The starter (or composite) the pair starts with.
        let first: Unicode.Scalar
        /// The code point that joins it.
        let second: Unicode.Scalar
        /// What the two compose to.
        let composite: Unicode.Scalar
    }

    /// Every primary composition, sorted by `first` then `second`, so that equal composers list equal pairs.
    var sortedPairs: [Pair] {
        pairs.sorted { $0.key < $1.key }.map { key, composite in
            Pair(
                first: Unicode.Scalar(UInt32(truncatingIfNeeded: key >> 32))!,
                second: Unicode.Scalar(UInt32(truncatingIfNeeded: key))!, composite: composite)
        }
    }

    /// Turns a full decomposition (Foundation's NFD or NFKD) into its NFC or NFKC form: sorts each run of marks by
    /// combining class, then composes.
    func compose(_ decomposed: [Unicode.Scalar]) -> [Unicode.Scalar] {
        Self.compose(decomposed, pairs: pairs)
    }

    /// Composes with the composites in `pairs`: each code point joins the last starter when nothing between them
    /// blocks it (a starter, or a mark of the same or higher combining class) and the two form a primary composite.
    private static func compose(_ decomposed: [Unicode.Scalar], pairs: [UInt64: Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(decomposed.count)
        var starter: Int?
        // Combining class of the last code point kept since the starter; nil when none is.
        var lastClass: UInt8?
        for scalar in canonicallyOrdered(decomposed) {
            let combiningClass = scalar.properties.canonicalCombiningClass.rawValue
            if let starter, lastClass.map({ $0 < combiningClass }) ?? true,
                let composite = Hangul.compose(result[starter], scalar) ?? pairs[key(result[starter], scalar)]
            {
                result[starter] = composite
                continue
            }
            if combiningClass == 0 {
                starter = result.count
                lastClass = nil
            } else {
                lastClass = combiningClass
            }
            result.append(scalar)
        }
        return result
    }

    /// `scalars` with every run of marks stably sorted by combining class (the canonical ordering algorithm).
    private static func canonicallyOrdered(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var ordered: [Unicode.Scalar] = []
        ordered.reserveCapacity(scalars.count)
        var marks: [(combiningClass: UInt8, offset: Int, scalar: Unicode.Scalar)] = []
        func flushMarks() {
            marks.sort { ($0.combiningClass, $0.offset) < ($1.combiningClass, $1.offset) }
            ordered += marks.map(\.scalar)
            marks.removeAll(keepingCapacity: true)
        }
        for scalar in scalars {
            let combiningClass = scalar.properties.canonicalCombiningClass.rawValue
            if combiningClass == 0 {
                flushMarks()
                ordered.append(scalar)
            } else {
                marks.append((combiningClass, marks.count, scalar))
            }
        }
        flushMarks()
        return ordered
    }

    private static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }
}
