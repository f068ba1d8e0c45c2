/// Serializes a ``JSONValue`` to compact JSON text on one line, with a stable key order.
///
/// Keys listed in `leading` come first in that order, the rest sorted, so log lines read `ts`, `level`, `event`
/// first and two runs print identical lines for identical events.
public enum JSONLine {
    /// The keys a log line starts with.
    public static let logKeys = ["ts", "level", "event", "pipeline", "stage", "doc"]

    /// Whether `key` is one of `keys`. Lengths are compared first: most keys a log line holds are none of them, and
    /// telling two different strings apart with `==` costs a call.
    static func isOne(of keys: [String], _ key: String) -> Bool {
        let length = key.utf8.count
        return keys.contains { $0.utf8.count == length && $0 == key }
    }

    /// The JSON text of `value`.
    public static func encode(_ value: JSONValue, leading: [String] = logKeys) -> String {
        var buffer = JSONBuffer()
        buffer.value(value, leading: leading)
        return buffer.string
    }
}
