/// JSON text written piece by piece through a ``JSONScratch`` into a ``JSONBuffer``, each piece making its own room:
/// how the entity, quote and sentiment layers, JSON values (``JSONBuffer/value(_:leading:)``) and log lines are
/// written.
///
/// They are many small pieces (keys, short strings, numbers). Appended to the buffer's array one by one, each paid a
/// call, a uniqueness check and a capacity check, and the sentiment layer (a fifth of the output's bytes) took a
/// third of writing a document; through the scratch a piece is a bounds check and a copy.
struct JSONWriter {
    private var scratch: JSONScratch
    /// Where the scratch is flushed: the caller's buffer, taken over for the writer's life so that it stays the
    /// only reference to its bytes (``JSONBuffer/withWriter(_:)``).
    private var out: JSONBuffer

    fileprivate init(scratch: JSONScratch, out: JSONBuffer) {
        self.scratch = scratch
        self.out = out
    }

    /// Appends JSON syntax or other text that needs no escaping.
    mutating func raw(_ text: StaticString) {
        scratch.makeRoom(text.utf8CodeUnitCount, flushingInto: &out)
        scratch.raw(text)
    }

    /// Appends a decimal integer.
    mutating func integer(_ value: Int) {
        scratch.makeRoom(JSONScratch.longestInteger, flushingInto: &out)
        scratch.integer(value)
    }

    /// Appends a `Double` as `JSONEncoder` writes it: its shortest description, without a trailing `.0` (`1`,
    /// `0.5`, `1e-05`, `-0`). Throws for NaN and infinities.
    mutating func double(_ value: Double) throws(NonFiniteNumberError) {
        guard value.isFinite else { throw NonFiniteNumberError(value: value) }
        var text = value.description
        text.withUTF8 { utf8 in
            let fractionless = utf8.count >= 2 && utf8[utf8.count - 2] == UInt8(ascii: ".") && utf8.last == UInt8(ascii: "0")
            scratch.makeRoom(utf8.count, flushingInto: &out)
            scratch.raw(UnsafeBufferPointer(rebasing: utf8[..<(fractionless ? utf8.count - 2 : utf8.count)]))
        }
    }

    /// Appends a number: integral values without a fraction, non-finite ones as `null`.
    mutating func number(_ value: Double) {
        if !value.isFinite {
            raw("null")
        } else if value.rounded() == value, abs(value) < 1e15 {
            integer(Int(value))
        } else {
            var text = String(value)
            text.withUTF8 { utf8 in
                scratch.makeRoom(utf8.count, flushingInto: &out)
                scratch.raw(utf8)
            }
        }
    }

    /// Appends a JSON value; object keys listed in `leading` come first in that order, the rest sorted.
    mutating func value(_ value: JSONValue, leading: [String] = []) {
        switch value {
        case .null: raw("null")
        case .bool(let bool): bool ? raw("true") : raw("false")
        case .number(let number): self.number(number)
        case .string(let text): string(text)
        case .array(let values):
            raw("[")
            for (index, element) in values.enumerated() {
                if index > 0 { raw(",") }
                self.value(element, leading: leading)
            }
            raw("]")
        case .object(let object):
            raw("{")
            let first = leading.filter { object[$0] != nil }
            let rest = object.keys.filter { !leading.contains($0) }.sorted()
            for (index, key) in (first + rest).enumerated() {
                if index > 0 { raw(",") }
                string(key)
                raw(":")
                self.value(object[key]!, leading: leading)
            }
            raw("}")
        }
    }

    /// Writes at most `count` bytes (far fewer than ``JSONScratch/size``) in place through `body`, which returns
    /// how many it wrote.
    mutating func write(upTo count: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        scratch.makeRoom(count, flushingInto: &out)
        scratch.write(body)
    }

    /// Appends `text` as a JSON string literal, escaped as ``JSONBuffer/string(_:)`` escapes it.
    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            // Escaped, a byte takes at most six (`\u001f`); a text that might not fit goes to the buffer directly.
            guard utf8.count <= Self.longestScratchString else {
                scratch.flush(into: &out)
                out.string(utf8: utf8)
                return
            }
            scratch.makeRoom(6 * utf8.count + 2, flushingInto: &out)
            scratch.byte(UInt8(ascii: "\""))
            var stretch = 0
            while true {
                let special = JSONStringBytes.nextSpecial(in: utf8, from: stretch)
                scratch.raw(UnsafeBufferPointer(rebasing: utf8[stretch..<special]))
                guard special < utf8.count else { break }
                scratch.escape(utf8[special])
                stretch = special + 1
            }
            scratch.byte(UInt8(ascii: "\""))
        }
    }

    /// The longest text (in UTF-8 bytes) that ``string(_:)`` writes through the scratch.
    private static let longestScratchString = (JSONScratch.size - 2) / 6

    /// Moves what is left in the scratch to the buffer and hands the buffer back.
    fileprivate mutating func finish() -> JSONBuffer {
        scratch.flush(into: &out)
        return out
    }
}

extension JSONBuffer {
    /// Runs `body` with a writer that appends to this buffer; everything it wrote is in the buffer afterwards (also
    /// when `body` throws).
    mutating func withWriter<Result>(_ body: (inout JSONWriter) throws -> Result) rethrows -> Result {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: JSONScratch.size) { memory in
            var writer = JSONWriter(scratch: JSONScratch(memory), out: self)
            // Leaves the writer the only reference to the bytes, so flushing into them never copies them.
            self = JSONBuffer(capacity: 0)
            defer { self = writer.finish() }
            return try body(&writer)
        }
    }
}
