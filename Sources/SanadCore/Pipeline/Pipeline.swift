/// A loaded, validated pipeline: its stages built once from resolved options, ready for any number of documents.
///
/// Immutable and `Sendable`: documents may flow through one pipeline concurrently.
public struct Pipeline: Sendable {
    /// The pipeline's name (`arabic-news`).
    public let name: String
    /// What the pipeline is for.
    public let description: String
    /// The language of the text it expects, as a BCP-47 tag (`ar`, `en`).
    public let language: String
    /// The stages in the order they run.
    public let stages: [PipelineStage]

    /// Creates a pipeline from stages already built.
    public init(name: String, description: String, language: String, stages: [PipelineStage]) {
        self.name = name
        self.description = description
        self.language = language
        self.stages = stages
    }
}

/// One stage of a loaded pipeline.
public struct PipelineStage: Sendable {
    /// The stage's id in the pipeline, unique within it (defaults to its registry name).
    public let id: String
    /// The registry name of its type (`use:`).
    public let use: String
    /// Its resolved options (defaults merged with the YAML), as `sanad show` prints them.
    public let options: JSONValue
    /// The stage itself.
    public let stage: any Stage

    /// Creates a pipeline stage.
    public init(id: String, use: String, options: JSONValue, stage: any Stage) {
        self.id = id
        self.use = use
        self.options = options
        self.stage = stage
    }
}
