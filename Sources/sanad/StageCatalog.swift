import SanadCore
import SanadStages

/// The stages this build of `sanad` knows: the built-in ones plus the plugins linked into it.
enum StageCatalog {
    /// The registry pipelines are resolved against.
    static let registry = BuiltinStages.registry
}
