import Foundation

extension Stage {
    /// The documentation of every option, in catalogue order.
    public static var optionDocumentation: [OptionDoc] { Options.documentation }

    /// Every option's default value as JSON, keyed by option name.
    public static var defaultOptionValues: [String: JSONValue] {
        guard let data = try? JSONEncoder().encode(Options()),
            case .object(let values)? = try? JSONDecoder().decode(JSONValue.self, from: data)
        else { return [:] }
        return values
    }
}
