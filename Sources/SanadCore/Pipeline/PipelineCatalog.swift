/// Finds pipelines by name or path and loads them: the one entry point of `sanad run`, `list`, `show` and
/// `validate`.
///
/// **Where names are found.** A name is looked up in ``directories`` in order, then among the ``bundled`` pipelines
/// compiled into the binary; the first match wins. A directory's pipelines are its `NAME.yaml` and `NAME.yml` files
/// (`.yaml` first when both exist). ``searchDirectories(_:environment:)`` builds the usual list: the `--pipelines`
/// directories, then those of `SANAD_PIPELINE_PATH`; so a user's `arabic-news.yaml` replaces the bundled one, and a
/// `--pipelines` directory replaces both. A reference ending in `.yaml` or `.yml` is a file path instead, relative to
/// the working directory (or, in `extends:`, to the extending file's directory). A search directory that does not
/// exist is an error, so that a mistyped `--pipelines` is not silently ignored.
///
/// **The file format.**
/// ```yaml
/// name: my-news          # optional; must match the file name, which is what the pipeline is found by
/// description: Arabic news with speakers kept.
/// language: ar           # BCP-47 tag; required, unless inherited through `extends`
/// extends: arabic-news   # optional: start from another pipeline
/// stages:
///   - use: normalize     # registry name of the stage type
///     id: norm           # optional, unique in the pipeline; defaults to `use`
///     with: {diacritics: keep}   # options, merged over the stage's defaults
/// ```
/// A pipeline that `extends` another matches its `stages:` entries to the parent's by id: an entry naming a parent
/// stage merges its `with:` keys over that stage's (each key replaces the parent's value), `remove: true` drops the
/// stage, and an entry with a new id adds a stage at the end, or where `before: ID` or `after: ID` puts it.
/// `description` and `language` are inherited unless set. A pipeline may extend its own name: the search then
/// continues past the extending file, so a user's `arabic-news.yaml` can tweak the bundled `arabic-news`.
///
/// **Errors.** Loading reports every problem at once as a ``PipelineLoadError``: YAML syntax, unknown keys, stage
/// names and options (with "did you mean"), bad option values (at the value), duplicate ids, layers required but not
/// produced earlier, `extends` cycles and unknown parents. YAML anchors and aliases are refused, which also stops
/// "billion laughs" documents.
public struct PipelineCatalog: Sendable {
    /// The environment variable holding pipeline directories, separated by `:`.
    public static let pathVariable = "SANAD_PIPELINE_PATH"

    /// The bundled pipelines: name → YAML text.
    public let bundled: [String: String]
    /// The directories searched before the bundled pipelines, first match first.
    public let directories: [String]

    /// A catalog of the `bundled` pipelines (name → YAML text) and those in `directories`, which come first.
    public init(bundled: [String: String] = [:], directories: [String] = []) {
        self.bundled = bundled
        self.directories = directories
    }

    /// The directories to search: `commandLine` (the `--pipelines` options, in order), then the non-empty entries of
    /// `SANAD_PIPELINE_PATH` in `environment`, left to right.
    public static func searchDirectories(_ commandLine: [String], environment: [String: String]) -> [String] {
        let fromEnvironment = environment[pathVariable].map { $0.split(separator: ":").map(String.init) } ?? []
        return commandLine + fromEnvironment
    }

    /// Whether `reference` names a file (it ends in `.yaml` or `.yml`) rather than a pipeline found by name: a file
    /// given by path may come from anywhere, so `sanad run` asks for `--allow-external` before it runs commands.
    public static func isPath(_ reference: String) -> Bool {
        PipelineLocation.isPath(reference)
    }

    /// Every pipeline found by name, sorted by name, with its description and where it comes from.
    ///
    /// A pipeline whose file has problems is listed all the same; its description and language are nil when the file
    /// (or one it extends) cannot be read or parsed.
    /// - Throws: when a directory cannot be read.
    public func entries() throws(PipelineLoadError) -> [Entry] {
        var session = PipelineSession(catalog: self)
        let candidates = session.namedPipelines()
        guard session.diagnostics.isEmpty else { throw PipelineLoadError(session.diagnostics) }
        var seen: Set<String> = []
        return candidates.filter { seen.insert($0.name).inserted }.map { location in
            let resolved = session.resolve(location, chain: [])
            return Entry(
                name: location.name, description: resolved?.description?.value,
                language: resolved?.language?.value, source: location.source)
        }.sorted { $0.name < $1.name }
    }

    /// Loads the pipeline `reference` (a name, or a path ending in `.yaml`/`.yml`), applying `extends`, and builds
    /// its stages from `registry` with their resolved options.
    /// - Throws: every problem found, with positions in the files involved.
    public func load(_ reference: String, registry: StageRegistry) throws(PipelineLoadError) -> Pipeline {
        var session = PipelineSession(catalog: self)
        guard let location = session.locate(reference, from: nil) else {
            session.diagnostics.append(
                PipelineDiagnostic(file: reference, message: session.unknownPipelineMessage(reference)))
            throw PipelineLoadError(session.diagnostics)
        }
        guard let resolved = session.resolve(location, chain: []) else {
            throw PipelineLoadError(session.diagnostics)
        }
        // Earlier problems (a stage entry that could not be read, say) may be why there are no stages.
        let noStages = resolved.stages.isEmpty && session.diagnostics.isEmpty
        if resolved.language == nil {
            session.diagnostics.append(
                PipelineDiagnostic(
                    file: location.display,
                    message: "missing `language`: the BCP-47 tag of the text it expects, such as `ar` or `en`"))
        }
        if noStages {
            session.diagnostics.append(
                PipelineDiagnostic(
                    file: location.display, message: "no stages: list them under `stages:`, like `- use: normalize`"))
        }
        let stages = PipelineAssembler.stages(resolved.stages, registry: registry, diagnostics: &session.diagnostics)
        guard session.diagnostics.isEmpty, let language = resolved.language else {
            throw PipelineLoadError(session.diagnostics)
        }
        return Pipeline(
            name: location.name, description: resolved.description?.value ?? "", language: language.value,
            stages: stages)
    }
}

extension PipelineCatalog {
    /// One pipeline as `sanad list` shows it.
    public struct Entry: Hashable, Sendable {
        /// The name it is found by.
        public let name: String
        /// Its description (its own or inherited), or nil when the file cannot be read or has none.
        public let description: String?
        /// Its language (its own or inherited), or nil when the file cannot be read or has none.
        public let language: String?
        /// Where it comes from.
        public let source: Source

        /// Describes the pipeline `name`.
        public init(name: String, description: String?, language: String?, source: Source) {
            self.name = name
            self.description = description
            self.language = language
            self.source = source
        }
    }

    /// Where a pipeline comes from.
    public enum Source: Hashable, Sendable, CustomStringConvertible {
        /// Compiled into the binary.
        case bundled
        /// A file, as its path was given or found (`Pipelines/my-news.yaml`).
        case file(String)

        /// `bundled`, or the file's path.
        public var description: String {
            switch self {
            case .bundled: "bundled"
            case .file(let path): path
            }
        }
    }
}
