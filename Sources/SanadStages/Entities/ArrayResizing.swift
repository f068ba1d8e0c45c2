extension Array where Element: BitwiseCopyable {
    /// Makes the array `count` elements long: the elements it has stay (up to `count`), new ones are `value`.
    ///
    /// For the tagger's scratch buffers, reused from sentence to sentence, whose every element the caller then
    /// overwrites: emptying one and appending `count` copies of a value loops over every element, resizing touches
    /// only the difference in length.
    @inline(__always)
    mutating func resize(to count: Int, filling value: Element) {
        if self.count > count {
            removeLast(self.count - count)
        } else if self.count < count {
            append(contentsOf: repeatElement(value, count: count - self.count))
        }
    }
}
