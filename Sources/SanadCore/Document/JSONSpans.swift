/// Checks annotations written as JSON against the text they point into.
///
/// In Sanad's JSON every annotation carries `start` and `end`, so any object holding both as integers is taken for a
/// span: it must lie within the text, start before it ends, and, when it also carries a string `text`, that must be
/// exactly the original text it covers. Used on what external stages return, and by `SanadTesting` on `sanad run`'s
/// output.
public enum JSONSpans {
    /// One description per bad span in `value`, each starting with its path (`path[2].speaker`); empty when all is
    /// well.
    public static func violations(in value: JSONValue, of scalars: [Unicode.Scalar], path: String) -> [String] {
        var problems: [String] = []
        visit(value, path: path, scalars: scalars, problems: &problems)
        return problems
    }

    private static func visit(_ value: JSONValue, path: String, scalars: [Unicode.Scalar], problems: inout [String]) {
        switch value {
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                visit(element, path: "\(path)[\(index)]", scalars: scalars, problems: &problems)
            }
        case .object(let object):
            if let start = integer(object["start"]), let end = integer(object["end"]) {
                if start < 0 || start > end || end > scalars.count {
                    problems.append("\(path): [\(start), \(end)) is not a span of a \(scalars.count)-code-point text")
                } else if case .string(let claimed)? = object["text"] {
                    var slice = String.UnicodeScalarView()
                    slice.append(contentsOf: scalars[start..<end])
                    if String(slice) != claimed {
                        problems.append("\(path): says \"\(claimed)\" but the text there is \"\(String(slice))\"")
                    }
                }
            }
            for key in object.keys.sorted() {
                visit(object[key]!, path: "\(path).\(key)", scalars: scalars, problems: &problems)
            }
        case .null, .bool, .number, .string:
            break
        }
    }

    /// The value as an `Int`, when it is an integral number.
    private static func integer(_ value: JSONValue?) -> Int? {
        guard case .number(let number)? = value, number.rounded() == number, abs(number) < 1e15 else { return nil }
        return Int(number)
    }
}
