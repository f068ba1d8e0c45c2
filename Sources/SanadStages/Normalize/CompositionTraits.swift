import Foundation

/// What Unicode normalization does to each code point on its own, and where text can be cut so that normalizing the
/// pieces separately equals normalizing the whole, with the canonical composer built from the same decompositions.
///
/// Each entry packs the canonical combining class (low byte) with the ``Flag`` bits. The table covers planes 0 and 1
/// (every script, symbol and emoji block in use, and every code point that takes part in a composition); code points
/// above are only known to be boundaries when they are starters (see ``entryBeyondTable(_:)``).
///
/// The shared table is decoded from `Normalize/Resources/composition-traits.bin` (see ``CompositionTable``), which a
/// test recomputes from Foundation's decompositions and compares byte for byte, so start-up costs a copy, not a
/// pass over every code point.
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

    /// The shared table, decoded from the embedded resource on first use. The resource is part of every build and
    /// checked by the tests, so its absence or corruption is a broken build, not a user error.
    static let shared: CompositionTraits = {
        guard let data = EmbeddedResources.data(at: CompositionTable.resourcePath) else {
            preconditionFailure("\(CompositionTable.resourcePath) is missing from this build")
        }
        do throws(CompositionTableError) {
            return try CompositionTable.decode(data)
        } catch {
            preconditionFailure("\(CompositionTable.resourcePath) is corrupt: \(error.message)")
        }
    }()

    /// Code points below this have an entry.
    static let limit: UInt32 = 0x20000

    /// One entry per covered code point (surrogates have 0).
    let entries: [UInt16]
    /// Canonical composition, built from the same decompositions.
    let composer: CanonicalComposer

    /// Traits from their parts: `entries` must hold ``limit`` entries.
    init(entries: [UInt16], composer: CanonicalComposer) {
        precondition(entries.count == Int(Self.limit), "composition traits need \(Self.limit) entries")
        self.entries = entries
        self.composer = composer
    }

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
}
