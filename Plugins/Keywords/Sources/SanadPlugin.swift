import SanadCore

/// The stages this plugin module provides; the `LinkPlugins` build plugin registers them in `sanad`.
public enum SanadPlugin {
    /// The `keywords` stage.
    public static let stages: [any Stage.Type] = [KeywordsStage.self]
}
