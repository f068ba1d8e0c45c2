import Foundation

/// The ``EmissionCache``s of a recognizer, one per document being tagged at the same time.
///
/// A document takes a cache for its whole tagging and gives it back, so the lock is taken twice per document and
/// never while tagging; caches stay warm from document to document, and there are never more of them than
/// documents tagged at once (the pipeline's jobs).
final class EmissionCachePool: @unchecked Sendable {
    private let lock = NSLock()
    /// Caches not in use; guarded by `lock`.
    private var idle: [EmissionCache] = []

    /// An empty pool.
    init() {}

    /// Runs `body` with a cache no other thread is using.
    func withCache<Result>(_ body: (inout EmissionCache) -> Result) -> Result {
        var cache = lock.withLock { idle.popLast() } ?? EmissionCache()
        defer { lock.withLock { idle.append(cache) } }
        return body(&cache)
    }
}
