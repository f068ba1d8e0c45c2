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
        /// large block's pages instead of copying them). A large buffer takes a spare block when one is big enough,
        /// and leaves its old block in their place.
        func reserve(_ total: Int) {
            guard total > capacity else { return }
            let wanted = Swift.max(total, 2 * capacity)
            if let spare = SpareBlocks.shared.take(atLeast: wanted) {
                spare.base.update(from: base, count: count)
                SpareBlocks.shared.give(base, capacity: capacity)
                (base, capacity) = spare
                return
            }
            capacity = wanted
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
}
