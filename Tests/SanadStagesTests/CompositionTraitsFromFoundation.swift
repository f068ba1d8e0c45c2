import Foundation
@testable import SanadStages

/// How `Normalize/Resources/composition-traits.bin` is made: the derivation that `normalize` ran at every start-up
/// before the table was shipped, kept here so a test can check the shipped table against Foundation.
extension CompositionTraits {
    /// The traits computed from Foundation's decompositions, the way the shipped table is made: decomposes every
    /// covered code point that may decompose, in chunks separated by U+0001 (a control that never composes, reorders
    /// or changes, so each piece is the decomposition of one code point), derives the ``CanonicalComposer`` from the
    /// canonical decompositions, and recomposes each decomposition to see which code points are stable.
    static func computedFromFoundation() -> CompositionTraits {
        let count = Int(Self.limit)
        let separator: Unicode.Scalar = "\u{1}"
        var combiningClass = [UInt8](repeating: 0, count: count)
        // Decompositions that differ from the code point itself (nil: it decomposes to itself).
        var canonical = [[Unicode.Scalar]?](repeating: nil, count: count)
        var compatibility = canonical

        for chunkStart in stride(from: UInt32(0), to: Self.limit, by: 0x400) {
            var members: [Unicode.Scalar] = []
            var text = String.UnicodeScalarView()
            for value in chunkStart..<chunkStart + 0x400 {
                // The rest are starters (class 0) that decompose to themselves.
                guard let scalar = Unicode.Scalar(value), scalar != separator, Self.mayDecompose(scalar) else {
                    continue
                }
                combiningClass[Int(value)] = scalar.properties.canonicalCombiningClass.rawValue
                members.append(scalar)
                text.append(scalar)
                text.append(separator)
            }
            let string = String(text)
            let nfd = Self.pieces(of: string.decomposedStringWithCanonicalMapping, members, separator)
            let nfkd = Self.pieces(of: string.decomposedStringWithCompatibilityMapping, members, separator)
            for (index, scalar) in members.enumerated() {
                canonical[Int(scalar.value)] = nfd[index]
                compatibility[Int(scalar.value)] = nfkd[index]
            }
        }

        var combinesBackward = [Bool](repeating: false, count: count)
        var composites: [(composite: Unicode.Scalar, decomposition: [Unicode.Scalar])] = []
        for (value, decomposition) in canonical.enumerated() {
            guard let decomposition, let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            for later in decomposition.dropFirst() where later.value < Self.limit {
                combinesBackward[Int(later.value)] = true
            }
            if decomposition.count > 1, !Hangul.isSyllable(scalar) { composites.append((scalar, decomposition)) }
        }
        let composer = CanonicalComposer(decompositions: composites)

        func combiningClassOf(_ scalar: Unicode.Scalar) -> UInt8 {
            scalar.value < Self.limit
                ? combiningClass[Int(scalar.value)] : scalar.properties.canonicalCombiningClass.rawValue
        }
        func isStarterThatCombinesWithNothingBefore(_ scalar: Unicode.Scalar) -> Bool {
            combiningClassOf(scalar) == 0 && !(scalar.value < Self.limit && combinesBackward[Int(scalar.value)])
        }
        func composesBack(_ decomposition: [Unicode.Scalar]?, to scalar: Unicode.Scalar) -> Bool {
            guard let decomposition else { return true }
            // A single other code point stays what it is, and so does a later starter that combines with nothing
            // before it: then the composition is not one code point, and the composer need not be asked.
            guard decomposition.count > 1,
                !decomposition.dropFirst().contains(where: isStarterThatCombinesWithNothingBefore)
            else { return false }
            return composer.compose(decomposition) == [scalar]
        }
        var entries = [UInt16](repeating: 0, count: count)
        for value in 0..<count {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            var entry = UInt16(combiningClass[value])
            if composesBack(canonical[value], to: scalar) { entry |= Flag.stableNFC }
            if composesBack(compatibility[value], to: scalar) { entry |= Flag.stableNFKC }
            if combinesBackward[value] { entry |= Flag.combinesBackward }
            if isStarterThatCombinesWithNothingBefore(scalar),
                isStarterThatCombinesWithNothingBefore(canonical[value]?.first ?? scalar),
                isStarterThatCombinesWithNothingBefore(compatibility[value]?.first ?? scalar)
            {
                entry |= Flag.boundaryBefore
            }
            entries[value] = entry
        }
        return CompositionTraits(entries: entries, composer: composer)
    }

    /// Whether Foundation needs to be asked about `scalar`: not when Unicode guarantees that it decomposes to
    /// itself and takes part in no composition — unassigned and private-use code points, and unified ideographs
    /// (the CJK compatibility ideographs that decompose are not unified ones). They are over half of the table.
    private static func mayDecompose(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .unassigned, .privateUse: return false
        case .otherLetter: return !properties.isUnifiedIdeograph
        default: return true
        }
    }

    /// Splits `text` — the normalizations of `members`, each followed by `separator` — into one decomposition per
    /// member, nil where it is the member itself.
    private static func pieces(of text: String, _ members: [Unicode.Scalar], _ separator: Unicode.Scalar)
        -> [[Unicode.Scalar]?]
    {
        var pieces: [[Unicode.Scalar]?] = []
        pieces.reserveCapacity(members.count)
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            guard scalar == separator else {
                current.append(scalar)
                continue
            }
            pieces.append(current.count == 1 && current[0] == members[pieces.count] ? nil : current)
            current.removeAll(keepingCapacity: true)
        }
        precondition(
            pieces.count == members.count, "Foundation decomposed \(members.count) code points into \(pieces.count)")
        return pieces
    }
}
