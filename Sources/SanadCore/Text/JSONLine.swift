/// Serializes a ``JSONValue`` to compact JSON text on one line, with a stable key order.
///
/// Keys listed in `leading` come first in that order, the rest sorted, so log lines read `ts`, `level`, `event`
/// first and two runs print identical lines for identical events.
public enum JSONLine {
    /// The keys a log line starts with.
    public static let logKeys = ["ts", "level", "event", "pipeline", "stage", "doc"]

    /// The JSON text of `value`.
    public static func encode(_ value: JSONValue, leading: [String] = logKeys) -> String {
        var out = ""
        write(value, leading: leading, into: &out)
        return out
    }

    private static func write(_ value: JSONValue, leading: [String], into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let bool): out += bool ? "true" : "false"
        case .number(let number): writeNumber(number, into: &out)
        case .string(let string): writeString(string, into: &out)
        case .array(let values):
            out += "["
            for (index, element) in values.enumerated() {
                if index > 0 { out += "," }
                write(element, leading: leading, into: &out)
            }
            out += "]"
        case .object(let object):
            out += "{"
            let first = leading.filter { object[$0] != nil }
            let rest = object.keys.filter { !leading.contains($0) }.sorted()
            for (index, key) in (first + rest).enumerated() {
                if index > 0 { out += "," }
                writeString(key, into: &out)
                out += ":"
                write(object[key]!, leading: leading, into: &out)
            }
            out += "}"
        }
    }

    private static func writeNumber(_ number: Double, into out: inout String) {
        if !number.isFinite {
            out += "null"
        } else if number.rounded() == number, abs(number) < 1e15 {
            out += String(Int64(number))
        } else {
            out += String(number)
        }
    }

    /// Appends `string` as a JSON string literal, escaping quotes, backslashes and control characters.
    ///
    /// Works on UTF-8 bytes and copies unescaped stretches whole: document texts are megabytes long.
    public static func writeString(_ string: String, into out: inout String) {
        out += "\""
        var string = string
        string.withUTF8 { bytes in
            var stretch = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                if stretch < index { out += String(decoding: UnsafeBufferPointer(rebasing: bytes[stretch..<index]), as: UTF8.self) }
                stretch = index + 1
                switch byte {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                default:
                    let hex = String(byte, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            }
            if stretch < bytes.count {
                out += String(decoding: UnsafeBufferPointer(rebasing: bytes[stretch...]), as: UTF8.self)
            }
        }
        out += "\""
    }
}
