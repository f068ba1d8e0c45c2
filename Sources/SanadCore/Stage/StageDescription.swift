import Foundation

extension Stage {
    /// ``requires``: a stage's layers do not depend on its options unless it says so.
    public var requiredLayers: Set<Layer> { Self.requires }
    /// ``produces``: a stage's layers do not depend on its options unless it says so.
    public var producedLayers: Set<Layer> { Self.produces }

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
