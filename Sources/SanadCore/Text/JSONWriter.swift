/// JSON text written piece by piece through a ``JSONCursor`` into a ``JSONBuffer``, each piece making its own room:
/// how the entity, quote and sentiment layers, JSON values (``JSONBuffer/value(_:leading:)``) and log lines are
/// written.
///
/// They are many small pieces (keys, short strings, numbers). Appended to a buffer one by one, each would pay a
/// call, a uniqueness check and a capacity check (the sentiment layer, a fifth of the output's bytes, took a third of
/// writing a document that way); through the cursor a piece is a bounds check and a copy.
struct JSONWriter {
    fileprivate var cursor: JSONCursor

    fileprivate init(cursor: JSONCursor) { self.cursor = cursor }

    /// Appends JSON syntax or other text that needs no escaping. Inlined: a constant's copy is then a move or two.
    @inline(__always) mutating func raw(_ text: StaticString) {
        cursor.makeRoom(text.utf8CodeUnitCount)
        cursor.raw(text)
    }

    /// Appends a decimal integer.
    @inline(__always) mutating func integer(_ value: Int) {
        cursor.makeRoom(JSONCursor.longestInteger)
        cursor.integer(value)
    }

    /// Appends `{"start":start,"end":end`, the opening of a span's object; the caller adds the rest and closes it.
    @inline(__always) mutating func openSpan(start: Int, end: Int) {
        cursor.makeRoom(JSONCursor.longestSpanOpening)
        cursor.openSpan(start: start, end: end)
    }

    /// Appends a `Double` as `JSONEncoder` writes it: its shortest description, without a trailing `.0` (`1`,
    /// `0.5`, `1e-05`, `-0`). Throws for NaN and infinities.
    mutating func double(_ value: Double) throws(NonFiniteNumberError) {
        guard value.isFinite else { throw NonFiniteNumberError(value: value) }
        description(of: value, droppingPointZero: true)
    }

    /// Appends a number: integral values without a fraction, non-finite ones as `null`.
    mutating func number(_ value: Double) {
        if !value.isFinite {
            raw("null")
        } else if value.rounded() == value, abs(value) < 1e15 {
            integer(Int(value))
        } else {
            description(of: value, droppingPointZero: false)
        }
    }

    /// Appends `value`'s description, less a trailing `.0` when `droppingPointZero`.
    private mutating func description(of value: Double, droppingPointZero: Bool) {
        var text = DoubleText()
        value.write(to: &text)
        text.withBytes { utf8 in
            let pointZero = droppingPointZero && utf8.count >= 2 && utf8[utf8.count - 2] == UInt8(ascii: ".")
                && utf8.last == UInt8(ascii: "0")
            cursor.makeRoom(utf8.count)
            cursor.raw(UnsafeBufferPointer(rebasing: utf8[..<(pointZero ? utf8.count - 2 : utf8.count)]))
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

    /// Writes at most `count` bytes in place through `body`, which returns how many it wrote.
    mutating func write(upTo count: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        cursor.makeRoom(count)
        cursor.write(body)
    }

    /// Appends `text` as a JSON string literal, escaped as ``JSONBuffer/string(_:)`` escapes it.
    mutating func string(_ text: String) {
        cursor.string(text)
    }

}

extension JSONBuffer {
    /// Runs `body` with a writer that appends to this buffer; everything it wrote is in the buffer afterwards (also
    /// when `body` throws).
    mutating func withWriter<Result>(_ body: (inout JSONWriter) throws -> Result) rethrows -> Result {
        try withCursor { cursor in
            var writer = JSONWriter(cursor: cursor)
            defer { cursor = writer.cursor }
            return try body(&writer)
        }
    }
}
