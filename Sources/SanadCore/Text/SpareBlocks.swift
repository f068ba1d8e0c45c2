import Foundation

/// Large blocks of freed ``JSONBuffer``s, kept for the next buffers that need that much: a document's JSON (tens of
/// kB) is written into memory whose pages are already mapped.
///
/// Freed, such a block went back to the allocator, which handed the worker thread's arena back to the system, so
/// the next document's JSON took a page fault for every 4 kB it wrote: a sixth of the time spent writing the output.
/// At most ``byteLimit`` bytes are kept, and a buffer takes the smallest block that fits, so small documents do not
/// hold the blocks large ones need.
///
/// Unchecked `Sendable`: the blocks are only read and changed under `lock`.
final class SpareBlocks: @unchecked Sendable {
    /// The blocks of every buffer in the process.
    static let shared = SpareBlocks()

    /// Smallest block kept: log lines and short texts are left to the allocator.
    static let smallest = 16 * 1024
    /// Largest block kept: the JSON of a very long document is not held for the rest of the run.
    static let largest = 1 << 20
    /// Most bytes kept: about twice what the batches of a two-job run hold rendered at once (64 news articles of
    /// about 30 kB of JSON each, four batches).
    static let byteLimit = 16 << 20

    private let lock = NSLock()
    private var blocks: [(base: UnsafeMutablePointer<UInt8>, capacity: Int)] = []
    private var keptBytes = 0

    /// The smallest kept block of at least `total` bytes, no longer kept; nil when there is none.
    func take(atLeast total: Int) -> (base: UnsafeMutablePointer<UInt8>, capacity: Int)? {
        guard total >= Self.smallest && total <= Self.largest else { return nil }
        return lock.withLock {
            var best: Int?
            for (index, block) in blocks.enumerated() where block.capacity >= total {
                if best == nil || block.capacity < blocks[best!].capacity { best = index }
            }
            guard let best else { return nil }
            keptBytes -= blocks[best].capacity
            return blocks.remove(at: best)
        }
    }

    /// Keeps the block at `base` of `capacity` bytes, or frees it when it is small, very large, or would take the
    /// kept bytes past ``byteLimit``.
    func give(_ base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        if capacity >= Self.smallest && capacity <= Self.largest {
            let kept = lock.withLock {
                guard keptBytes + capacity <= Self.byteLimit else { return false }
                blocks.append((base, capacity))
                keptBytes += capacity
                return true
            }
            if kept { return }
        }
        free(base)
    }

    /// Bytes kept now.
    var bytes: Int { lock.withLock { keptBytes } }
}
