/// UTF-8 bytes of an HTML page under construction, where every piece of document text is escaped on the way in.
///
/// Markup goes in as `StaticString` literals (``raw(_:)``), so text from a document can only enter through
/// ``text(_:)-(String)`` and ``attribute(_:_:)``, which escape it: the page stays valid, and well-formed XML too,
/// whatever the text holds (`<script>`, `&`, quotes, control characters).
struct HTMLBuffer {
    /// The page so far.
    private(set) var bytes: [UInt8] = []

    /// Creates an empty buffer with room for `capacity` bytes.
    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    /// Appends markup written in the source code.
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends a decimal integer.
    mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends `text` as character data.
    mutating func text(_ text: String) {
        for scalar in text.unicodeScalars { append(scalar) }
    }

    /// Appends original code points as character data, without building a `String` first.
    mutating func text(_ scalars: ArraySlice<Unicode.Scalar>) {
        for scalar in scalars { append(scalar) }
    }

    /// Appends ` name="value"`, with `value` escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        raw(" ")
        raw(name)
        raw("=\"")
        text(value)
        raw("\"")
    }

    /// Appends one code point: the five markup characters as references, and the code points that HTML reports as
    /// parse errors and XML forbids (C0 controls other than tab, line feed and carriage return; DEL and C1 controls;
    /// noncharacters) as U+FFFD, the replacement character.
    private mutating func append(_ scalar: Unicode.Scalar) {
        switch scalar {
        case "&": raw("&amp;")
        case "<": raw("&lt;")
        case ">": raw("&gt;")
        case "\"": raw("&quot;")
        case "'": raw("&#39;")
        case "\t", "\n", "\r": bytes.append(UInt8(scalar.value))
        default:
            if Self.isForbidden(scalar.value) {
                raw("\u{FFFD}")
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
    }

    /// Whether a code point may not appear in an HTML or XML document.
    private static func isForbidden(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }
}

extension HTMLBuffer {
    /// Appends document text set among the page's English labels: in `<bdi>`, so its direction is its own and
    /// neither it nor the labels around it reorder the other, tagged with the document's language for its fonts.
    mutating func isolated(_ value: String, language: DocumentLanguage) {
        raw("<bdi")
        attribute("lang", language.tag)
        raw(">")
        text(value)
        raw("</bdi>")
    }
}
