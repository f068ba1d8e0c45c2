import SanadPrefetch

/// Helpers over the processor's prefetch instruction (``sanad_prefetch``): the tagger's loops that know which table
/// entries a document or sentence will read start those loads early, so that their cache misses overlap.
enum Prefetch {
    /// Assumed cache line size: a smaller real one only leaves some lines to load on first use.
    private static let lineBytes = 64

    /// Starts loading every cache line of the `count` bytes (at least 1) at `start`.
    @inline(__always)
    static func bytes(_ start: UnsafeRawPointer, count: Int) {
        for offset in stride(from: 0, to: count, by: lineBytes) { sanad_prefetch(start + offset) }
        sanad_prefetch(start + count - 1)
    }
}
