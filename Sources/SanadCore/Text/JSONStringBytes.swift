/// The bytes a JSON string literal cannot hold as they are: the quote, the backslash and control characters. The
/// output writer escapes them and the input parser stops at them; both skip everything else eight bytes at a time.
enum JSONStringBytes {
    /// Whether `value` (a UTF-8 byte or a code point) is a quote, a backslash or a control character.
    @inline(__always) static func isSpecial<Value: FixedWidthInteger>(_ value: Value) -> Bool {
        value < 0x20 || value == 0x22 || value == 0x5C
    }

    /// Most bytes an escape sequence takes (`\u001f`).
    static let longestEscape = 6

    /// Writes the escape sequence of the special byte `byte` at `target` (room for ``longestEscape`` bytes) and
    /// returns how many bytes it wrote: `\"`, `\\`, `\n`, `\r`, `\t`, or `\u00XX` for other control characters.
    @inline(__always) static func writeEscape(_ byte: UInt8, to target: UnsafeMutablePointer<UInt8>) -> Int {
        target[0] = UInt8(ascii: "\\")
        switch byte {
        case 0x22: target[1] = UInt8(ascii: "\"")
        case 0x5C: target[1] = UInt8(ascii: "\\")
        case 0x0A: target[1] = UInt8(ascii: "n")
        case 0x0D: target[1] = UInt8(ascii: "r")
        case 0x09: target[1] = UInt8(ascii: "t")
        default:
            let hex: StaticString = "0123456789abcdef"
            target[1] = UInt8(ascii: "u")
            target[2] = UInt8(ascii: "0")
            target[3] = UInt8(ascii: "0")
            target[4] = hex.utf8Start[Int(byte >> 4)]
            target[5] = hex.utf8Start[Int(byte & 0xF)]
            return 6
        }
        return 2
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
