/// Texts that put code points of every UTF-8 length at every position of short and long runs: each piece after
/// each piece and before the first again. The scalar decoding and encoding tests share them, as both have fast paths
/// that switch on a run's length and its widest code point.
enum MixedLengthTexts {
    /// `first + second + first` for every pair of `pieces`.
    static func combining(_ pieces: [String]) -> [String] {
        pieces.flatMap { first in pieces.map { second in first + second + first } }
    }
}
