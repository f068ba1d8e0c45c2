/// Maps the stage names that pipelines use to stage types.
///
/// The `sanad` executable builds one from the built-in stages plus whatever plugins the build links; tests build
/// their own. A registry is a value: building one is cheap and it is safe to share.
public struct StageRegistry: Sendable {
    /// Registered stage types by name.
    public private(set) var stages: [String: any Stage.Type] = [:]

    /// Creates a registry holding `stages`.
    public init(_ stages: [any Stage.Type] = []) {
        for stage in stages { register(stage) }
    }

    /// Adds a stage type; a later registration under the same name replaces the earlier one.
    public mutating func register(_ stage: any Stage.Type) {
        stages[stage.name] = stage
    }

    /// The stage type registered under `name`.
    public func stage(named name: String) -> (any Stage.Type)? { stages[name] }

    /// Every registered name, sorted.
    public var names: [String] { stages.keys.sorted() }
}
