import Synchronization

/// Per-job scratch state of a stage (a word cache, say), one per document being processed at once.
///
/// A document takes one when it starts (or a new one when all are in use) and gives it back when done, so the lock
/// is taken twice per document and never while working; the state stays warm from document to document, and there
/// are never more of them than documents processed at once (the pipeline's jobs).
final class ScratchPool<Scratch: Sendable>: Sendable {
    private let idle = Mutex<[Scratch]>([])
    private let make: @Sendable () -> Scratch

    /// An empty pool that makes new scratch state with `make`.
    init(_ make: @escaping @Sendable () -> Scratch) {
        self.make = make
    }

    /// Runs `body` with scratch state no other thread is using, returned to the pool afterwards.
    func withScratch<Result>(_ body: (inout Scratch) throws -> Result) rethrows -> Result {
        var scratch = idle.withLock { $0.popLast() } ?? make()
        defer { idle.withLock { $0.append(scratch) } }
        return try body(&scratch)
    }
}
