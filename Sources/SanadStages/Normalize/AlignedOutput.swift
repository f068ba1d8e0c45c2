/// The builder's output: the view's code points and the original span each maps to, in three columns that grow
/// together.
///
/// Appending is one capacity check, three stores and one count, without the uniqueness check and bookkeeping that
/// `Array.append` repeats for every element in the hot loop (and that three separate buffers would repeat three times).
struct AlignedOutput: ~Copyable {
    private var scalars: UnsafeMutablePointer<Unicode.Scalar>
    private var starts: UnsafeMutablePointer<Int32>
    private var ends: UnsafeMutablePointer<Int32>
    private var capacity: Int
    /// Code points written so far.
    private(set) var count = 0

    /// An empty output with room for `capacity` code points before it grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        scalars = .allocate(capacity: self.capacity)
        starts = .allocate(capacity: self.capacity)
        ends = .allocate(capacity: self.capacity)
    }

    deinit {
        scalars.deallocate()
        starts.deallocate()
        ends.deallocate()
    }

    /// Appends `scalar`, which maps to original `[start, end)`, doubling the storage when full.
    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar, start: Int32, end: Int32) {
        if count == capacity { grow() }
        (scalars + count).initialize(to: scalar)
        (starts + count).initialize(to: start)
        (ends + count).initialize(to: end)
        count += 1
    }

    /// The original end of the last code point; the output must not be empty.
    var lastEnd: Int32 {
        get { ends[count - 1] }
        set { ends[count - 1] = newValue }
    }

    /// The three columns as arrays.
    func arrays() -> (scalars: [Unicode.Scalar], originStart: [Int32], originEnd: [Int32]) {
        (
            Array(UnsafeBufferPointer(start: scalars, count: count)),
            Array(UnsafeBufferPointer(start: starts, count: count)),
            Array(UnsafeBufferPointer(start: ends, count: count))
        )
    }

    private mutating func grow() {
        scalars = Self.moved(scalars, count: count, capacity: capacity * 2)
        starts = Self.moved(starts, count: count, capacity: capacity * 2)
        ends = Self.moved(ends, count: count, capacity: capacity * 2)
        capacity *= 2
    }

    /// The `count` elements at `old` moved into a new allocation of `capacity` elements; `old` is freed.
    private static func moved<Element>(_ old: UnsafeMutablePointer<Element>, count: Int, capacity: Int)
        -> UnsafeMutablePointer<Element>
    {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
        larger.moveInitialize(from: old, count: count)
        old.deallocate()
        return larger
    }
}
