import SanadCore

extension PipelineCatalog {
    /// The named pipelines of the package's `Pipelines/` directory (name → YAML text), compiled into `sanad` by the
    /// `EmbedResources` build plugin through the `Resources/Pipelines` link, so the binary finds them wherever it is
    /// copied. `NAME.yaml` wins over `NAME.yml`.
    static var bundledPipelines: [String: String] {
        let directory = "Resources/Pipelines/"
        let files = EmbeddedResources.paths.filter {
            $0.hasPrefix(directory) && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml"))
        }
        return files.reduce(into: [:]) { pipelines, path in
            let file = path.dropFirst(directory.count)
            let name = String(file[..<file.lastIndex(of: ".")!])
            if pipelines[name] == nil { pipelines[name] = EmbeddedResources.text(at: path) }
        }
    }
}
