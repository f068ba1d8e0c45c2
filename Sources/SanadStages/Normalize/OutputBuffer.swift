/// A growable buffer for the builder's output columns: appending is a capacity check and a store, without the
/// uniqueness check and bookkeeping that `Array.append` repeats for every element in the hot loop.
struct OutputBuffer<Element: BitwiseCopyable>: ~Copyable {
    private var start: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// Elements written so far.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` elements before it grows.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// Appends `element`, doubling the storage when full.
    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        (start + count).initialize(to: element)
        count += 1
    }

    /// The last element; the buffer must not be empty.
    var last: Element {
        get { start[count - 1] }
        set { start[count - 1] = newValue }
    }

    /// The elements as an array.
    func array() -> [Element] {
        Array(UnsafeBufferPointer(start: start, count: count))
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: start, count: count)
        start.deallocate()
        start = larger
        capacity *= 2
    }
}
