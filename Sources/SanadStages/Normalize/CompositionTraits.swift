import Foundation

/// What Unicode normalization does to each code point on its own, and where text can be cut so that normalizing the
/// pieces separately equals normalizing the whole — computed once per process from Foundation's decompositions.
///
/// Each entry packs the canonical combining class (low byte) with the ``Flag`` bits. The table covers planes 0 and 1
/// (every script, symbol and emoji block in use, and every code point that takes part in a composition); code points
/// above are only known to be boundaries when they are starters (see ``entryBeyondTable(_:)``).
///
/// Building it decomposes every covered code point that may decompose with Foundation, in chunks separated by U+0001 (a control that
/// never composes, reorders or changes, so each piece is the decomposition of one code point), derives the
/// ``CanonicalComposer`` from the canonical decompositions, and recomposes each decomposition to see which code
/// points are stable; it takes a few tens of milliseconds on first use.
struct CompositionTraits: Sendable {
    /// Bits of a table entry above the combining class.
    enum Flag {
        /// NFC leaves the code point unchanged.
        static let stableNFC: UInt16 = 1 << 8
        /// NFKC leaves the code point unchanged.
        static let stableNFKC: UInt16 = 1 << 9
        /// Text can be cut right before this code point: it is a starter that nothing before it can compose with or
        /// reorder across, in both forms (its decompositions start with such a starter too).
        static let boundaryBefore: UInt16 = 1 << 10
        /// It appears after the first code point of some canonical decomposition, so it may compose with what
        /// precedes it (combining marks such as U+0654 hamza above, Hangul vowel and final jamo, some Indic vowels).
        static let combinesBackward: UInt16 = 1 << 11
    }

    /// The shared table, built on first use.
    static let shared = CompositionTraits()

    /// Code points below this have an entry.
    static let limit: UInt32 = 0x20000

    /// One entry per covered code point (surrogates have 0).
    let entries: [UInt16]
    /// Canonical composition, built from the same decompositions.
    let composer: CanonicalComposer

    /// The stability flag of `form` (`nfc` or `nfkc`).
    static func stableFlag(for form: UnicodeForm) -> UInt16 {
        form == .nfc ? Flag.stableNFC : Flag.stableNFKC
    }

    /// The entry of a code point above the table: never known stable, so it goes through Foundation, but a boundary
    /// when it is a starter — nothing up there composes (CJK ideographs, their compatibility forms, which map to
    /// single ideographs, variation selectors, tags, private use), so only a combining class can tie it to what
    /// precedes it.
    static func entryBeyondTable(_ scalar: Unicode.Scalar) -> UInt16 {
        let combiningClass = UInt16(scalar.properties.canonicalCombiningClass.rawValue)
        return combiningClass == 0 ? Flag.boundaryBefore : combiningClass
    }

    /// The canonical combining class stored in an entry.
    @inline(__always)
    static func combiningClass(of entry: UInt16) -> UInt16 { entry & 0xFF }

    private init() {
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
        self.entries = entries
        self.composer = composer
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
