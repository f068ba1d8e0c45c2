/// Building strings from code points in one pass, the inverse of ``ScalarDecoding``.
extension String {
    /// The string of `scalars`, encoded straight into the string's UTF-8 storage.
    ///
    /// Stages cut many short texts (evidence words, quotes, speakers) out of ``Document/scalars``; appending to a
    /// `String.UnicodeScalarView` one code point at a time costs several times as much.
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: count) { bytes in
            var written = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case 0..<0x80:
                    bytes[written] = UInt8(value)
                    written += 1
                case 0x80..<0x800:
                    bytes[written] = UInt8(0xC0 | value >> 6)
                    bytes[written + 1] = UInt8(0x80 | value & 0x3F)
                    written += 2
                case 0x800..<0x1_0000:
                    bytes[written] = UInt8(0xE0 | value >> 12)
                    bytes[written + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    bytes[written + 2] = UInt8(0x80 | value & 0x3F)
                    written += 3
                default:
                    bytes[written] = UInt8(0xF0 | value >> 18)
                    bytes[written + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    bytes[written + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    bytes[written + 3] = UInt8(0x80 | value & 0x3F)
                    written += 4
                }
            }
            return written
        }
    }
}
