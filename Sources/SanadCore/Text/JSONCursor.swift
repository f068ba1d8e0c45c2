/// Where a hot loop writes JSON: straight into a ``JSONBuffer``'s memory, through a pointer, after making room for
/// the piece it is about to write (``makeRoom(_:)``).
///
/// Appending a few bytes at a time to an array pays a uniqueness and capacity check and a copy call each time;
/// the token list of a news article is thousands of such pieces. Writing through a pointer made writing the output
/// several times cheaper, and writing into the buffer's own memory spares copying the output from scratch memory.
struct JSONCursor {
    /// The buffer's memory, kept alive by the cursor; its `count` is brought up to date by ``finish()`` and before it
    /// grows.
    private let storage: JSONBuffer.Storage
    private var memory: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count: Int

    /// Writes at the end of `storage`, which nothing else may change until ``finish()``.
    init(_ storage: JSONBuffer.Storage) {
        self.storage = storage
        memory = storage.base
        capacity = storage.capacity
        count = storage.count
    }

    /// Makes sure `bytes` more can be written, growing the buffer if needed.
    @inline(__always) mutating func makeRoom(_ bytes: Int) {
        if count + bytes > capacity { grow(count + bytes) }
    }

    /// Grows the buffer to hold `total` bytes (moving its memory, so the pointer is taken again).
    private mutating func grow(_ total: Int) {
        storage.count = count
        storage.reserve(total)
        memory = storage.base
        capacity = storage.capacity
    }

    /// Makes what was written part of the buffer's bytes.
    func finish() {
        storage.count = count
    }

    /// Writes text that needs no escaping.
    @inline(__always) mutating func raw(_ text: StaticString) {
        (memory + count).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        count += text.utf8CodeUnitCount
    }

    /// Writes bytes as they are.
    @inline(__always) mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        (memory + count).update(from: base, count: bytes.count)
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
        if magnitude < 10_000 { return smallInteger(Int(truncatingIfNeeded: magnitude)) }
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

    /// Writes `value`, at most 9999 and not negative, from its two digit pairs without leading zeros.
    ///
    /// Most integers of the output are such numbers (the offsets of tokens and sentences in a news article): both
    /// pairs are found at once, rather than after counting the digits one multiplication at a time.
    @inline(__always) private mutating func smallInteger(_ value: Int) {
        let pairs = Self.digitPairs.utf8Start
        let high = (value / 100) &* 2
        let low = (value % 100) &* 2
        let target = memory + count
        if value >= 1000 {
            target[0] = pairs[high]
            target[1] = pairs[high + 1]
            target[2] = pairs[low]
            target[3] = pairs[low + 1]
            count += 4
        } else if value >= 100 {
            target[0] = pairs[high + 1]
            target[1] = pairs[low]
            target[2] = pairs[low + 1]
            count += 3
        } else if value >= 10 {
            target[0] = pairs[low]
            target[1] = pairs[low + 1]
            count += 2
        } else {
            target[0] = pairs[low + 1]
            count += 1
        }
    }

    /// Most bytes ``openSpan(start:end:)`` writes.
    static let longestSpanOpening = 16 + 2 * longestInteger

    /// Writes `{"start":start,"end":end`, the opening of a span's object (at most ``longestSpanOpening`` bytes); the
    /// caller writes the rest and closes it.
    @inline(__always) mutating func openSpan(start: Int, end: Int) {
        raw("{\"start\":")
        integer(start)
        raw(",\"end\":")
        integer(end)
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
            // The code point itself is tested, not `value < 0x80` first and then its byte: that branch goes one way
            // for ASCII and the other for Arabic, and mispredicted at every space of an Arabic text.
            if JSONStringBytes.isSpecial(value) { break }
            target += UTF8Encoding.write(value, withSlackTo: target)
            written += 1
        }
        count = target - memory
        return written
    }

    /// Code points written between two checks for room by ``string(scalars:)``: a few pages' worth.
    private static let scalarBatch = 4096

    /// Writes `scalars` as a JSON string literal, escaped as ``string(utf8:)`` escapes text.
    mutating func string(scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        makeRoom(1)
        byte(UInt8(ascii: "\""))
        var start = 0
        while start < scalars.count {
            let end = min(scalars.count, start + Self.scalarBatch)
            makeRoom(4 * (end - start))
            start += utf8(unescaped: UnsafeBufferPointer(rebasing: scalars[start..<end]))
            if start < end {
                makeRoom(JSONStringBytes.longestEscape)
                escape(UInt8(scalars[start].value))
                start += 1
            }
        }
        makeRoom(1)
        byte(UInt8(ascii: "\""))
    }

    /// Writes `text` as a JSON string literal, escaping quotes, backslashes and control characters.
    ///
    /// A native string's bytes are read in place; only another kind is copied first (`withUTF8` needs a mutable
    /// copy, which cost a retain and a release per string).
    mutating func string(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) == nil {
            var text = text
            text.withUTF8 { string(utf8: $0) }
        }
    }

    /// Writes the UTF-8 text `utf8` as a JSON string literal, escaped as ``string(_:)`` says.
    ///
    /// Stretches that need no escaping are copied whole; they are found eight bytes at a time. Room is made per
    /// stretch, not for the longest escaping of the whole text (a document's text may be tens of megabytes).
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        var stretch = 0
        makeRoom(1)
        byte(UInt8(ascii: "\""))
        while true {
            let special = JSONStringBytes.nextSpecial(in: utf8, from: stretch)
            // The stretch, an escape, and the closing quote.
            makeRoom(special - stretch + JSONStringBytes.longestEscape + 1)
            raw(UnsafeBufferPointer(rebasing: utf8[stretch..<special]))
            guard special < utf8.count else { break }
            escape(utf8[special])
            stretch = special + 1
        }
        byte(UInt8(ascii: "\""))
    }
}
