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
                written += UTF8Encoding.write(scalar.value, to: bytes.baseAddress! + written)
            }
            return written
        }
    }
}

/// The UTF-8 encoding of one code point, written in place: the one encoder behind ``Swift/String/init(scalars:)`` and
/// the JSON writer's runs of unescaped text.
enum UTF8Encoding {
    /// Writes the UTF-8 bytes of the code point `value` at `target` (room for its bytes) and returns how many it
    /// wrote.
    @inline(__always)
    static func write(_ value: UInt32, to target: UnsafeMutablePointer<UInt8>) -> Int {
        switch value {
        case ..<0x80:
            target[0] = UInt8(truncatingIfNeeded: value)
            return 1
        case ..<0x800:
            target[0] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            target[1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 2
        case ..<0x10000:
            target[0] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
            target[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            target[2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 3
        default:
            target[0] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
            target[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
            target[2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            target[3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 4
        }
    }

    /// Like ``write(_:to:)``, for a target with room for 4 bytes, which may also get a byte after the ones counted.
    ///
    /// One- and two-byte code points (ASCII and Arabic: nearly all of an Arabic text) are written without a
    /// branch, as two bytes of which the first one or two count: on Arabic text, where a space comes every few
    /// letters, choosing between the two by a branch mispredicted at every word.
    @inline(__always)
    static func write(_ value: UInt32, withSlackTo target: UnsafeMutablePointer<UInt8>) -> Int {
        guard value < 0x800 else { return write(value, to: target) }
        let twoBytes = value >= 0x80
        target[0] = UInt8(truncatingIfNeeded: twoBytes ? 0xC0 | value >> 6 : value)
        target[1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        return twoBytes ? 2 : 1
    }
}
