import Foundation

/// UTF-8 bytes of JSON text under construction: what the output writer and the log lines are built in.
///
/// The bytes live in memory the buffer owns and grows in place (``Storage``), and the hot loops write straight into
/// it through a ``JSONCursor``. A `[UInt8]` cannot be written past its count, so they used to write into scratch
/// memory that was then copied into the array: the whole output (97 MB for 10 MB of Arabic news) moved twice.
///
/// A value type: a copy shares the bytes until one of the two is changed.
public struct JSONBuffer: Sendable {
    /// The memory the bytes live in, shared by copies until one is changed.
    ///
    /// Unchecked `Sendable`: every change goes through ``uniqueStorage()``, so a buffer handed to another thread is
    /// never changed under it.
    final class Storage: @unchecked Sendable {
        /// The first byte; `capacity` bytes are allocated, the first `count` written.
        private(set) var base: UnsafeMutablePointer<UInt8>
        /// Bytes written.
        var count = 0
        /// Bytes allocated.
        private(set) var capacity: Int

        init(capacity: Int) {
            self.capacity = Swift.max(capacity, 16)
            base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
        }

        deinit { SpareBlocks.shared.give(base, capacity: capacity) }

        /// Makes room for `total` bytes in all, at least doubling the allocation when it grows (`realloc` can move a
        /// large block's pages instead of copying them). A large buffer takes a spare block when one is big enough.
        func reserve(_ total: Int) {
            guard total > capacity else { return }
            if let spare = SpareBlocks.shared.take(atLeast: total) {
                spare.base.update(from: base, count: count)
                free(base)
                (base, capacity) = spare
                return
            }
            capacity = Swift.max(total, 2 * capacity)
            base = realloc(base, capacity)!.assumingMemoryBound(to: UInt8.self)
        }

        /// A storage of its own with the same bytes.
        func copy() -> Storage {
            let copy = Storage(capacity: capacity)
            copy.base.update(from: base, count: count)
            copy.count = count
            return copy
        }
    }

    private var storage: Storage

    /// Creates an empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 256) { storage = Storage(capacity: capacity) }

    /// Makes room for `capacity` bytes in all.
    public mutating func reserveCapacity(_ capacity: Int) { uniqueStorage().reserve(capacity) }

    /// The storage, copied first when a copy of the buffer shares it: what every change goes through.
    mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// How many bytes the JSON text has.
    public var count: Int { storage.count }

    /// The JSON text's bytes as an array (a copy).
    public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    /// Calls `body` with the JSON text's bytes, valid only during the call.
    public func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    /// The JSON text as a string.
    public var string: String { withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }

    /// Replaces the byte at `index` (below ``count``) with `byte`: how an array's first element gets its opening
    /// bracket in place of the separator written before every element.
    public mutating func replaceByte(at index: Int, with byte: UInt8) {
        precondition(index >= 0 && index < count, "byte \(index) of a JSON text of \(count) bytes")
        uniqueStorage().base[index] = byte
    }

    /// Runs `body` with a cursor writing at the end of the bytes; what it wrote is part of them afterwards.
    mutating func withCursor<Result>(_ body: (inout JSONCursor) throws -> Result) rethrows -> Result {
        var cursor = JSONCursor(uniqueStorage())
        defer { cursor.finish() }
        return try body(&cursor)
    }

    /// Appends JSON syntax or other text that needs no escaping.
    public mutating func raw(_ text: StaticString) {
        withWriter { $0.raw(text) }
    }

    /// Appends a decimal integer.
    public mutating func integer(_ value: Int) {
        withWriter { $0.integer(value) }
    }

    /// Appends a number: integral values without a fraction, non-finite ones as `null`.
    public mutating func number(_ value: Double) {
        withWriter { $0.number(value) }
    }

    /// Appends `text` as a JSON string literal, escaping quotes, backslashes and control characters.
    public mutating func string(_ text: String) {
        withCursor { $0.string(text) }
    }

    /// Appends bytes as they are.
    mutating func append(_ more: UnsafeBufferPointer<UInt8>) {
        withCursor { cursor in
            cursor.makeRoom(more.count)
            cursor.raw(more)
        }
    }

    /// Appends code points as a JSON string literal, without building a `String` first.
    public mutating func string(scalars: [Unicode.Scalar]) {
        withCursor { cursor in
            scalars.withUnsafeBufferPointer { cursor.string(scalars: $0) }
        }
    }

    /// Appends a JSON value; object keys listed in `leading` come first in that order, the rest sorted.
    public mutating func value(_ value: JSONValue, leading: [String] = []) {
        withWriter { $0.value(value, leading: leading) }
    }

    /// Appends raw bytes that are already JSON text (from `JSONEncoder` or another buffer).
    public mutating func json(_ encoded: some Sequence<UInt8>) {
        if encoded.withContiguousStorageIfAvailable({ append($0) }) == nil {
            Array(encoded).withUnsafeBufferPointer { append($0) }
        }
    }
}

/// Large blocks of freed buffers, kept for the next buffers that need that much: a document's JSON (tens of kB)
/// is written into memory its pages are already mapped for.
///
/// Freed, such a block went back to the allocator, which handed the worker thread's arena back to the system, so
/// the next document's JSON took a page fault for every 4 kB it wrote: a sixth of the time spent writing the output.
/// At most ``limit`` blocks are kept, as many as the documents a run holds rendered at once with two jobs.
final class SpareBlocks: @unchecked Sendable {
    /// The blocks of every buffer in the process.
    static let shared = SpareBlocks()

    /// Smallest block kept: log lines and short texts are left to the allocator.
    static let smallest = 16 * 1024
    /// Largest block kept: the JSON of a very long document is not held for the rest of the run.
    static let largest = 1 << 20
    /// Most blocks kept.
    static let limit = 256

    private let lock = NSLock()
    private var blocks: [(base: UnsafeMutablePointer<UInt8>, capacity: Int)] = []

    /// A kept block of at least `total` bytes, no longer kept; nil when there is none.
    func take(atLeast total: Int) -> (base: UnsafeMutablePointer<UInt8>, capacity: Int)? {
        guard total >= Self.smallest else { return nil }
        return lock.withLock {
            guard let index = blocks.lastIndex(where: { $0.capacity >= total }) else { return nil }
            return blocks.remove(at: index)
        }
    }

    /// Keeps the block at `base` of `capacity` bytes, or frees it when it is small, very large, or enough are kept.
    func give(_ base: UnsafeMutablePointer<UInt8>, capacity: Int) {
        if capacity >= Self.smallest && capacity <= Self.largest {
            let kept = lock.withLock {
                guard blocks.count < Self.limit else { return false }
                blocks.append((base, capacity))
                return true
            }
            if kept { return }
        }
        free(base)
    }
}
