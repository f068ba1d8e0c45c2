import SanadCore
import SanadStages

/// The stages this build of `sanad` knows: the built-in ones plus the plugins linked into it.
enum StageCatalog {
    /// The registry pipelines are resolved against: the built-in stages, and `external`, which runs a plugin in
    /// any language as a child process (it lives in `SanadCore` with the protocol it speaks).
    static let registry = StageRegistry(BuiltinStages.all + [ExternalStage.self])
}
