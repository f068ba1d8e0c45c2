import SanadCore

/// The stages this plugin module provides; the `LinkPlugins` build plugin registers them in `sanad`.
public enum SanadPlugin {
    /// The `quantities` stage.
    public static let stages: [any Stage.Type] = [QuantitiesStage.self]
}
