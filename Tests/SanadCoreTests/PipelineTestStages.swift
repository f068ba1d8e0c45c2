import SanadCore

// Small stages that exist only for the pipeline loader's tests: each has a few options of different kinds and
// declares the layers it requires and produces, so that loading can be checked without the built-in stages.

/// What a cleaning stage does with diacritics.
enum DiacriticsMode: String, OptionChoice {
    case remove, keep
}

/// Produces the `normalized` layer; options: a choice, a bool.
struct CleanStage: Stage {
    struct Options: StageOptions {
        var diacritics: DiacriticsMode = .remove
        var tatweel: Bool = true
        static let documentation = [
            OptionDoc("diacritics", DiacriticsMode.self, "What to do with diacritics."),
            OptionDoc("tatweel", Bool.self, "Whether to drop tatweel."),
        ]
    }
    static let name = "clean"
    static let summary = "Test stage producing the normalized view."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = [.normalized]
    let options: Options
    init(options: Options) { self.options = options }
    func process(_ document: inout Document, context: inout StageContext) { context.count(Self.name) }
}

/// Produces `tokens` and `sentences`; options: an integer, a list of strings.
struct TokenizeStage: Stage {
    struct Options: StageOptions {
        var limit: Int = 64
        var stopwords: [String] = []
        static let documentation = [
            OptionDoc("limit", Int.self, "Longest token before it is split."),
            OptionDoc("stopwords", [String].self, "Words to flag as stopwords."),
        ]
    }
    static let name = "tokenize"
    static let summary = "Test stage producing tokens and sentences."
    static let requires: Set<Layer> = []
    static let produces: Set<Layer> = [.tokens, .sentences]
    let options: Options
    init(options: Options) { self.options = options }
    func process(_ document: inout Document, context: inout StageContext) { context.count(Self.name) }
}

/// Needs `tokens`, produces `entities`; options: a string, a number, an optional; setup fails on a missing
/// gazetteer.
struct EntitiesStage: Stage {
    struct Options: StageOptions {
        var gazetteer: String = "builtin"
        var threshold: Double = 0.5
        var prefix: String? = nil
        static let documentation = [
            OptionDoc("gazetteer", String.self, "Name list to match."),
            OptionDoc("threshold", Double.self, "Lowest score kept."),
            OptionDoc("prefix", String?.self, "Prefix added to every label."),
        ]
    }
    static let name = "entities"
    static let summary = "Test stage producing entities."
    static let requires: Set<Layer> = [.tokens]
    static let produces: Set<Layer> = [.entities]
    let options: Options
    init(options: Options) throws {
        guard options.gazetteer == "builtin" else {
            throw StageSetupError("no gazetteer named '\(options.gazetteer)'; the only one is 'builtin'")
        }
        self.options = options
    }
    func process(_ document: inout Document, context: inout StageContext) { context.count(Self.name) }
}

/// Needs `entities` and `sentences`, produces `quotes`; no options.
struct QuotesStage: Stage {
    typealias Options = NoOptions
    static let name = "quotes"
    static let summary = "Test stage producing quotes."
    static let requires: Set<Layer> = [.entities, .sentences]
    static let produces: Set<Layer> = [.quotes]
    init(options: Options) {}
    func process(_ document: inout Document, context: inout StageContext) { context.count(Self.name) }
}

/// The registry the pipeline tests load with.
let testRegistry = StageRegistry([CleanStage.self, TokenizeStage.self, EntitiesStage.self, QuotesStage.self])

/// A catalog of pipelines compiled in from `files` (name → YAML), as the `sanad` binary bundles them.
func catalog(_ files: [String: String]) -> PipelineCatalog {
    PipelineCatalog(bundled: files)
}

/// The diagnostics of loading `reference`, or an empty list when it loads.
func diagnostics(loading reference: String, from catalog: PipelineCatalog) -> [PipelineDiagnostic] {
    do {
        _ = try catalog.load(reference, registry: testRegistry)
        return []
    } catch {
        return error.diagnostics
    }
}

/// The full report of loading `reference`, or "" when it loads.
func report(loading reference: String, from catalog: PipelineCatalog) -> String {
    PipelineLoadError(diagnostics(loading: reference, from: catalog)).description
}
