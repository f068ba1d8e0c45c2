import Foundation

/// Applies NFC or NFKC with an exact alignment: the text is cut into groups that normalize independently, and every
/// code point a group produces maps to the group's original span.
///
/// A group starts at a code point before which text may be cut (``CompositionTraits/Flag/boundaryBefore``: a
/// starter nothing can compose with or reorder across) and takes the combining marks, Hangul vowel/final jamo and
/// other code points that may still interact with it. The common case — a lone code point that the form leaves
/// unchanged, like every ASCII character and Arabic letter — is copied after two table loads; a group that is
/// provably in normal form (stable members, marks in canonical order, none that composes) is copied too; only the
/// rest is decomposed by Foundation and recomposed by ``CanonicalComposer``.
struct UnicodeFormStep: Sendable {
    /// `nfc` or `nfkc`.
    let form: UnicodeForm
    /// ``CompositionTraits/entries``.
    private let traits: [UInt16]
    /// ``CompositionTraits/composer``.
    private let composer: CanonicalComposer

    /// A step for `form`, which must not be `none`.
    init(form: UnicodeForm) {
        precondition(form != .none, "no Unicode step for form none")
        self.form = form
        traits = CompositionTraits.shared.entries
        composer = CompositionTraits.shared.composer
    }

    /// Normalizes `input` and hands every resulting code point, with its original span, to `builder`.
    func apply(to input: UnsafeBufferPointer<Unicode.Scalar>, into builder: inout NormalizedTextBuilder) {
        traits.withUnsafeBufferPointer { table in
            let stable = CompositionTraits.stableFlag(for: form)
            let boundary = CompositionTraits.Flag.boundaryBefore
            let count = input.count
            var start = 0
            var current = count > 0 ? Self.entry(input[0], table) : 0
            while start < count {
                var end = start + 1
                var next: UInt16 = 0
                while end < count {
                    next = Self.entry(input[end], table)
                    if next & boundary != 0 { break }
                    end += 1
                }
                if end == start + 1, current & stable != 0 {
                    builder.append(input[start], start: start, end: end, verbatim: true)
                } else {
                    normalizeGroup(input, start..<end, table, into: &builder)
                }
                start = end
                current = next
            }
        }
    }

    /// The traits of `scalar`.
    @inline(__always)
    private static func entry(_ scalar: Unicode.Scalar, _ table: UnsafeBufferPointer<UInt16>) -> UInt16 {
        scalar.value < CompositionTraits.limit ? table[Int(scalar.value)] : CompositionTraits.entryBeyondTable(scalar)
    }

    private func normalizeGroup(
        _ input: UnsafeBufferPointer<Unicode.Scalar>, _ group: Range<Int>, _ table: UnsafeBufferPointer<UInt16>,
        into builder: inout NormalizedTextBuilder
    ) {
        let original = input[group]
        if !isInNormalForm(original, table) {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: original)
            let string = String(text)
            let decomposed = form == .nfc
                ? string.decomposedStringWithCanonicalMapping : string.decomposedStringWithCompatibilityMapping
            let normalized = composer.compose(Array(decomposed.unicodeScalars))
            if !normalized.elementsEqual(original) {
                builder.recordUnicodeChange(group.count)
                for scalar in normalized {
                    builder.append(scalar, start: group.lowerBound, end: group.upperBound, verbatim: false)
                }
                return
            }
        }
        for index in group {
            builder.append(input[index], start: index, end: index + 1, verbatim: true)
        }
    }

    /// Whether `group` is provably unchanged by the form without asking Foundation: every member is stable alone and
    /// the ones after the first are combining marks in canonical order that compose with nothing. (The first may
    /// decompose into marks of a higher class, like أ into ا + U+0654: reordering puts the later marks before those,
    /// where they block nothing, so it recomposes as before.)
    private func isInNormalForm(
        _ group: Slice<UnsafeBufferPointer<Unicode.Scalar>>, _ table: UnsafeBufferPointer<UInt16>
    ) -> Bool {
        let stable = CompositionTraits.stableFlag(for: form)
        var previousClass: UInt16 = 0
        for (offset, scalar) in group.enumerated() {
            let entry = Self.entry(scalar, table)
            let combiningClass = CompositionTraits.combiningClass(of: entry)
            guard entry & stable != 0 else { return false }
            if offset > 0,
                combiningClass == 0 || combiningClass < previousClass
                    || entry & CompositionTraits.Flag.combinesBackward != 0
            {
                return false
            }
            previousClass = combiningClass
        }
        return true
    }
}
