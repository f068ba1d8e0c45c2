import Foundation

/// One load or listing: finds pipelines for a ``PipelineCatalog``, reads and resolves them through `extends`, and
/// collects the diagnostics. Directories are scanned at most once per session.
struct PipelineSession {
    /// Where pipelines are looked up.
    let catalog: PipelineCatalog
    /// Every problem found so far.
    var diagnostics: [PipelineDiagnostic] = []
    /// Every named pipeline in search order, including ones hidden by an earlier one of the same name.
    private var scanned: [PipelineLocation]?

    init(catalog: PipelineCatalog) {
        self.catalog = catalog
    }

    /// Every named pipeline in search order (directories, then bundled); a name may appear more than once, and the
    /// first one wins. Reports directories that cannot be read.
    mutating func namedPipelines() -> [PipelineLocation] {
        if let scanned { return scanned }
        var found: [PipelineLocation] = []
        for directory in catalog.directories {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
                diagnostics.append(
                    PipelineDiagnostic(file: directory, message: "pipeline directory does not exist or cannot be read"))
                continue
            }
            let prefix = directory.hasSuffix("/") ? directory : directory + "/"
            let files = names.filter { !$0.hasPrefix(".") && PipelineLocation.isPath($0) }
            // Sorted, `NAME.yaml` comes before `NAME.yml` and so wins.
            found += files.sorted().map { PipelineLocation.file(prefix + $0) }
        }
        found += catalog.bundled.keys.sorted().map(PipelineLocation.bundled)
        scanned = found
        return found
    }

    /// The pipeline `reference` names: a file path, or the first pipeline of that name other than `origin` (so that
    /// a pipeline can extend the one it overrides). Paths in `extends` are relative to the extending file.
    mutating func locate(_ reference: String, from origin: PipelineLocation?) -> PipelineLocation? {
        if PipelineLocation.isPath(reference) {
            return .file(origin?.path(relative: reference) ?? reference)
        }
        return namedPipelines().first { $0.name == reference && $0 != origin }
    }

    /// "no pipeline named `x`", with the closest name and where it looked.
    mutating func unknownPipelineMessage(_ name: String) -> String {
        let names = Set(namedPipelines().map(\.name))
        let places = catalog.directories.map { "`\($0)`" } + ["the bundled pipelines"]
        return "no pipeline named `\(name)`" + Suggestion.hint(for: name, among: names)
            + " (looked in " + places.joined(separator: ", ") + ")"
    }

    /// The pipeline at `location` with `extends` applied, or nil when it cannot be read or its parent cannot be
    /// resolved. `chain` holds the pipelines that extend it, to catch cycles.
    mutating func resolve(_ location: PipelineLocation, chain: [PipelineLocation]) -> ResolvedSpec? {
        guard let yaml = read(location) else { return nil }
        let text = PipelineText(file: location.display, yaml: yaml, directory: location.directory)
        guard let spec = PipelineSpecParser.parse(text, diagnostics: &diagnostics) else { return nil }
        if let name = spec.name, name.value != location.name {
            diagnostics.append(
                name.position.diagnostic(
                    "`name` is `\(name.value)` but the pipeline is found by its file name, `\(location.name)`; "
                        + "make them the same"))
        }
        guard let extends = spec.extends else {
            return PipelineInheritance.resolve(spec, over: nil, diagnostics: &diagnostics)
        }
        guard let parent = locate(extends.value, from: location) else {
            diagnostics.append(extends.position.diagnostic(unknownPipelineMessage(extends.value)))
            return nil
        }
        let path = chain + [location]
        if let start = path.firstIndex(of: parent) {
            let cycle = (path[start...] + [parent]).map { "`\($0.name)`" }.joined(separator: " → ")
            diagnostics.append(extends.position.diagnostic("`extends` cycle: \(cycle)"))
            return nil
        }
        guard let parentSpec = resolve(parent, chain: path) else { return nil }
        return PipelineInheritance.resolve(spec, over: (parent.name, parentSpec), diagnostics: &diagnostics)
    }

    /// The YAML at `location`, or nil after reporting why it cannot be read.
    private mutating func read(_ location: PipelineLocation) -> String? {
        switch location.source {
        case .bundled:
            return catalog.bundled[location.name]
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(
                    PipelineDiagnostic(file: path, message: "no such pipeline file, or it cannot be read"))
                return nil
            }
            guard let yaml = String(data: data, encoding: .utf8) else {
                diagnostics.append(PipelineDiagnostic(file: path, message: "the file is not UTF-8 text"))
                return nil
            }
            return yaml
        }
    }
}
