/// 64-bit hashes of strings and of (template, value) pairs: the tagger's features are hashes, never strings.
///
/// Hashing the code points of a token once and combining the hashes is what lets the tagger run at several
/// megabytes a second: no feature string is ever built. The functions are fixed (FNV-1a over code points,
/// a MurmurHash3 finalizer to combine), because model files store these hashes: changing them is a model format
/// change.
enum FeatureHash {
    /// FNV-1a's offset basis: the hash of the empty string.
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Extends hash `hash` with one code point.
    @inline(__always)
    static func adding(_ scalar: UInt32, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(scalar)) &* 0x0000_0100_0000_01B3
    }

    /// The hash of a run of code points.
    @inline(__always)
    static func of<C: Collection>(_ scalars: C) -> UInt64 where C.Element == UInt32 {
        var hash = empty
        for scalar in scalars { hash = adding(scalar, to: hash) }
        return hash
    }

    /// The hash of a string's code points.
    static func of(_ string: String) -> UInt64 { of(string.unicodeScalars.lazy.map(\.value)) }

    /// Combines two hashes into one, order-sensitive; never returns 0 (the empty-slot marker of ``FeatureTable``).
    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var x = a &* 0x9E37_79B9_7F4A_7C15 ^ (b &+ 0x632B_E59B_D9B4_E019)
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x == 0 ? 1 : x
    }
}
