import SanadCore
import SanadStages

/// The stages this build of `sanad` knows: the built-in ones plus the plugins linked into it.
enum StageCatalog {
    /// Every stage type: the built-in ones; `external`, which runs a plugin in any language as a child process (it
    /// lives in `SanadCore` with the protocol it speaks); then `linkedPluginStages`, which the `LinkPlugins` build
    /// plugin generates from the plugin targets `Package.swift` links into `sanad`.
    static let all: [any Stage.Type] = BuiltinStages.all + [ExternalStage.self] + linkedPluginStages

    /// The registry pipelines are resolved against.
    static let registry = StageRegistry(all)
}
