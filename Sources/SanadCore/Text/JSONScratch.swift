/// Scratch memory that a hot loop writes JSON into byte by byte, moved to a ``JSONBuffer`` in large pieces.
///
/// Appending a few bytes at a time to an array pays a uniqueness and capacity check and a copy call each time;
/// the token list of a news article is thousands of such pieces. Writing through a pointer and appending a few
/// kilobytes at once made writing the output several times cheaper.
struct JSONScratch {
    /// Bytes of scratch memory to ask for: well above the longest piece a loop writes between two ``makeRoom``
    /// calls.
    static let size = 1 << 14

    private let memory: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0

    /// Writes into `memory`, which must outlive the scratch.
    init(_ memory: UnsafeMutableBufferPointer<UInt8>) {
        self.memory = memory.baseAddress!
        capacity = memory.count
    }

    /// Makes sure `bytes` more can be written, moving what was written so far to `out` if needed.
    @inline(__always) mutating func makeRoom(_ bytes: Int, flushingInto out: inout JSONBuffer) {
        if count + bytes > capacity { flush(into: &out) }
    }

    /// Moves everything written so far to `out`.
    mutating func flush(into out: inout JSONBuffer) {
        out.append(UnsafeBufferPointer(start: memory, count: count))
        count = 0
    }

    /// Writes text that needs no escaping.
    @inline(__always) mutating func raw(_ text: StaticString) {
        (memory + count).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        count += text.utf8CodeUnitCount
    }

    /// Writes bytes as they are.
    @inline(__always) mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
        (memory + count).update(from: bytes.baseAddress!, count: bytes.count)
        count += bytes.count
    }

    /// Writes bytes in place through `body`, which returns how many it wrote.
    @inline(__always) mutating func write(_ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        count += body(memory + count)
    }

    /// Writes one byte.
    @inline(__always) mutating func byte(_ byte: UInt8) {
        memory[count] = byte
        count += 1
    }

    /// Writes the escape sequence of a special byte (``JSONStringBytes/isSpecial(_:)``), at most
    /// ``JSONStringBytes/longestEscape`` bytes.
    @inline(__always) mutating func escape(_ byte: UInt8) {
        count += JSONStringBytes.writeEscape(byte, to: memory + count)
    }

    /// Most bytes ``integer(_:)`` writes: a sign and 19 digits.
    static let longestInteger = 20

    /// Writes a decimal integer (at most ``longestInteger`` bytes).
    ///
    /// Digits go two at a time from a table of the pairs `00` to `99`, halving the divisions: token offsets are most
    /// of the output's integers.
    @inline(__always) mutating func integer(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var power: UInt = 10
        while digits < 20 && magnitude >= power {
            digits += 1
            power = power.multipliedReportingOverflow(by: 10).partialValue
        }
        let pairs = Self.digitPairs.utf8Start
        var index = count + digits
        while magnitude >= 100 {
            let pair = Int(truncatingIfNeeded: magnitude % 100) &* 2
            magnitude /= 100
            index -= 2
            memory[index] = pairs[pair]
            memory[index + 1] = pairs[pair + 1]
        }
        if magnitude >= 10 {
            let pair = Int(truncatingIfNeeded: magnitude) &* 2
            memory[index - 2] = pairs[pair]
            memory[index - 1] = pairs[pair + 1]
        } else {
            memory[index - 1] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude)
        }
        count += digits
    }

    /// The two-digit decimals `00` to `99`, one after another.
    private static let digitPairs: StaticString = """
        0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849\
        5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899
        """

    /// Writes the UTF-8 of `scalars` up to the first that a JSON string must escape (a quote, backslash or control
    /// character) and returns how many it wrote. Room for 4 bytes per code point must have been made.
    ///
    /// The write position lives in a local pointer for the whole loop rather than in `count`: writing the
    /// normalized text is one long run of code points.
    mutating func utf8(unescaped scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        var target = memory + count
        var written = 0
        for scalar in scalars {
            let value = scalar.value
            // Not `value < 0x80 && isSpecial(…)`: that branch goes one way for ASCII and the other for Arabic, and
            // mispredicted at every space of an Arabic text. These three almost never hold.
            if value < 0x20 || value == 0x22 || value == 0x5C { break }
            target += UTF8Encoding.write(value, withSlackTo: target)
            written += 1
        }
        count = target - memory
        return written
    }
}

extension JSONBuffer {
    /// Runs `body` with a scratch to write into and `self` to flush it to; whatever is left in the scratch is
    /// appended at the end.
    mutating func withScratch(_ body: (inout JSONScratch, inout JSONBuffer) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: JSONScratch.size) { memory in
            var scratch = JSONScratch(memory)
            body(&scratch, &self)
            scratch.flush(into: &self)
        }
    }
}
