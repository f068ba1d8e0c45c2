import Synchronization

/// The stage's word caches, one per document being processed at once: a document takes one when it starts (or a
/// new one when all are in use) and gives it back when done, so caches warm up over a run and are allocated only
/// as many times as there are concurrent jobs.
final class WordCachePool: Sendable {
    private let idle = Mutex<[WordCache]>([])

    /// Creates an empty pool.
    init() {}

    /// Runs `body` with a cache of the pool, returned to the pool afterwards.
    func withCache<Result>(_ body: (inout WordCache) throws -> Result) rethrows -> Result {
        var cache = idle.withLock { $0.popLast() } ?? WordCache.stage()
        defer { idle.withLock { $0.append(cache) } }
        return try body(&cache)
    }
}
