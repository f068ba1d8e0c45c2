import SanadCore

/// Splits on spaces: a tiny real tokenizer for exercising the runner without the built-in stages.
struct SpaceTokenizer: Stage {
    struct Options: StageOptions {
        var minLength = 1
        static let documentation = [OptionDoc("min_length", Int.self, "Shortest token kept.")]
        private enum CodingKeys: String, CodingKey { case minLength = "min_length" }
    }

    static let name = "space-tokens"
    static let summary = "Splits text at spaces."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = [.tokens]
    let options: Options

    init(options: Options) { self.options = options }

    func process(_ document: inout Document, context: inout StageContext) throws {
        var start = 0
        for index in 0...document.scalars.count where index == document.scalars.count || document.scalars[index] == " " {
            if index - start >= options.minLength {
                document.tokens.append(Token(span: Span(start: start, end: index), kind: .word))
            }
            start = index + 1
        }
        context.count("tokens", document.tokens.count)
    }
}

/// Fails on any document whose text contains "boom", to exercise error policies.
struct Exploder: Stage {
    typealias Options = NoOptions
    static let name = "exploder"
    static let summary = "Fails on documents containing 'boom'."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = []

    init(options: NoOptions) {}

    func process(_ document: inout Document, context: inout StageContext) throws {
        if document.text.contains("boom") { throw StageProcessingError("found boom", offset: 0) }
    }
}

/// A one-stage-or-more pipeline built directly, without YAML.
func testPipeline(_ stages: [any Stage], name: String = "test") -> Pipeline {
    Pipeline(
        name: name, description: "", language: "en",
        stages: stages.map { PipelineStage(id: type(of: $0).name, use: type(of: $0).name, options: .null, stage: $0) })
}

/// Warns about the first "odd" in a document, to exercise stage warnings.
struct Warner: Stage {
    typealias Options = NoOptions
    static let name = "warner"
    static let summary = "Warns about the first 'odd'."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = []

    init(options: NoOptions) {}

    func process(_ document: inout Document, context: inout StageContext) throws {
        guard let found = document.text.range(of: "odd") else { return }
        context.warning("odd word", offset: document.text.unicodeScalars.distance(
            from: document.text.startIndex, to: found.lowerBound))
    }
}
