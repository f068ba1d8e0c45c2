/// The bytes a JSON string literal cannot hold as they are: the quote, the backslash and control characters. The
/// output writer escapes them and the input parser stops at them; both skip everything else eight bytes at a time.
enum JSONStringBytes {
    /// Whether `byte` is a quote, a backslash or a control character.
    @inline(__always) static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C
    }

    /// The index of the first special byte of `bytes` at or after `index`, or `bytes.count`.
    @inline(__always) static func nextSpecial(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        while bytes.count - index >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
            if mayHoldSpecial(word) { break }
            index += 8
        }
        while index < bytes.count && !isSpecial(bytes[index]) { index += 1 }
        return index
    }

    /// Whether any of the eight bytes of `word` may be special (a false positive only costs a closer look; there
    /// are no false negatives).
    @inline(__always) private static func mayHoldSpecial(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // High bit of each byte below `limit` (bytes from 0x80 up never count).
        func below(_ limit: UInt64) -> UInt64 { (word &- ones &* limit) & ~word & highs }
        func zero(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        return below(0x20) | zero(word ^ (ones &* 0x22)) | zero(word ^ (ones &* 0x5C)) != 0
    }
}
