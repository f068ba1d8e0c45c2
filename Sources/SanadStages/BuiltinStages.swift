import SanadCore

/// The stages that ship with Sanad.
public enum BuiltinStages {
    /// Every built-in stage type, in pipeline order.
    public static let all: [any Stage.Type] = [
        NormalizeStage.self, SegmentStage.self, EntitiesStage.self, QuotesStage.self, SentimentStage.self,
    ]

    /// A registry holding the built-in stages.
    public static var registry: StageRegistry { StageRegistry(all) }
}
