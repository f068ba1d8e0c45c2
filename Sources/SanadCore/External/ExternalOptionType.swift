/// The type of one option in a plugin's handshake, written as `sanad stages` writes types: `string`, `integer`,
/// `number`, `bool`, `list of T`, `mapping of string to T`, or `any`.
indirect enum ExternalOptionType: Sendable, Hashable, CustomStringConvertible {
    case string, integer, number, bool, any
    case list(ExternalOptionType)
    case mapping(ExternalOptionType)

    private static let listPrefix = "list of "
    private static let mappingPrefix = "mapping of string to "

    /// Reads a type name; nil when it is none of the above.
    init?(_ name: String) {
        switch name {
        case "string": self = .string
        case "integer": self = .integer
        case "number": self = .number
        case "bool": self = .bool
        case "any": self = .any
        case _ where name.hasPrefix(Self.listPrefix):
            guard let element = ExternalOptionType(String(name.dropFirst(Self.listPrefix.count))) else { return nil }
            self = .list(element)
        case _ where name.hasPrefix(Self.mappingPrefix):
            guard let value = ExternalOptionType(String(name.dropFirst(Self.mappingPrefix.count))) else { return nil }
            self = .mapping(value)
        default: return nil
        }
    }

    /// Whether `value` has this type (an integer is a number with no fraction).
    func accepts(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.any, _), (.string, .string), (.number, .number), (.bool, .bool): true
        case (.integer, .number(let number)): number.rounded() == number
        case (.list(let element), .array(let values)): values.allSatisfy(element.accepts)
        case (.mapping(let type), .object(let values)): values.values.allSatisfy(type.accepts)
        default: false
        }
    }

    var description: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .number: "number"
        case .bool: "bool"
        case .any: "any"
        case .list(let element): Self.listPrefix + element.description
        case .mapping(let value): Self.mappingPrefix + value.description
        }
    }
}
