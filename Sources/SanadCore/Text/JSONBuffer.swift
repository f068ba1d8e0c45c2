/// UTF-8 bytes of JSON text under construction: what the output writer and the log lines are built in.
///
/// Appending bytes to an array is several times cheaper than growing a `String` piece by piece, and documents are
/// large (a 50 MB text has millions of tokens).
public struct JSONBuffer {
    /// The JSON text so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates an empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    /// Makes room for `capacity` bytes in all.
    public mutating func reserveCapacity(_ capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The JSON text as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends JSON syntax or other text that needs no escaping.
    public mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a decimal integer.
    public mutating func integer(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            if value == .min {
                bytes.append(contentsOf: String(value).utf8.dropFirst())
                return
            }
        }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// Appends a number: integral values without a fraction, non-finite ones as `null`.
    public mutating func number(_ value: Double) {
        withWriter { $0.number(value) }
    }

    /// Appends `text` as a JSON string literal, escaping quotes, backslashes and control characters.
    public mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { string(utf8: $0) }
    }

    /// Appends the UTF-8 text `utf8` as a JSON string literal, escaped as ``string(_:)`` says.
    ///
    /// Stretches that need no escaping are copied whole; they are found eight bytes at a time.
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var stretch = 0
        while true {
            let special = JSONStringBytes.nextSpecial(in: utf8, from: stretch)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[stretch..<special]))
            guard special < utf8.count else { break }
            escape(utf8[special])
            stretch = special + 1
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends bytes as they are.
    mutating func append(_ more: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: more)
    }

    /// Appends the escape sequence of an ASCII quote, backslash or control character.
    private mutating func escape(_ byte: UInt8) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: JSONStringBytes.longestEscape) { sequence in
            let count = JSONStringBytes.writeEscape(byte, to: sequence.baseAddress!)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: sequence[..<count]))
        }
    }

    /// Appends code points as a JSON string literal, without building a `String` first.
    ///
    /// Room in the scratch is made once per batch of code points (at most 4 bytes each) rather than per code point.
    public mutating func string(scalars: [Unicode.Scalar]) {
        bytes.append(UInt8(ascii: "\""))
        withScratch { scratch, out in
            scalars.withUnsafeBufferPointer { scalars in
                let batch = JSONScratch.size / 4
                var start = 0
                while start < scalars.count {
                    let end = min(scalars.count, start + batch)
                    scratch.makeRoom(4 * (end - start), flushingInto: &out)
                    start += scratch.utf8(unescaped: UnsafeBufferPointer(rebasing: scalars[start..<end]))
                    if start < end {
                        scratch.makeRoom(JSONStringBytes.longestEscape, flushingInto: &out)
                        scratch.escape(UInt8(scalars[start].value))
                        start += 1
                    }
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a JSON value; object keys listed in `leading` come first in that order, the rest sorted.
    public mutating func value(_ value: JSONValue, leading: [String] = []) {
        withWriter { $0.value(value, leading: leading) }
    }

    /// Appends raw bytes that are already JSON text (from `JSONEncoder`).
    public mutating func json(_ encoded: some Sequence<UInt8>) {
        bytes.append(contentsOf: encoded)
    }
}
