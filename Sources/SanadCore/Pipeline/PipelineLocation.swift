import Foundation

/// Where one pipeline's YAML is: a bundled pipeline or a file.
struct PipelineLocation: Hashable {
    /// The name it is found by: the bundled name, or the file name without its extension.
    let name: String
    /// Where it comes from, with the file path as given or found.
    let source: PipelineCatalog.Source
    /// What makes two locations the same pipeline: `<bundled>/NAME`, or the file's absolute path with links resolved.
    let identity: String

    /// The bundled pipeline `name`.
    static func bundled(_ name: String) -> PipelineLocation {
        PipelineLocation(name: name, source: .bundled, identity: "<bundled>/\(name)")
    }

    /// The file at `path` (absolute, or relative to the working directory).
    static func file(_ path: String) -> PipelineLocation {
        let url = URL(filePath: path)
        return PipelineLocation(
            name: url.deletingPathExtension().lastPathComponent, source: .file(path),
            identity: url.absoluteURL.standardizedFileURL.resolvingSymlinksInPath().path(percentEncoded: false))
    }

    /// Whether `reference` is a file path rather than a name.
    static func isPath(_ reference: String) -> Bool {
        reference.hasSuffix(".yaml") || reference.hasSuffix(".yml")
    }

    /// The absolute path of the file's directory, or nil for a bundled pipeline.
    var directory: String? {
        guard case .file(let path) = source else { return nil }
        return URL(filePath: path).absoluteURL.standardizedFileURL.deletingLastPathComponent()
            .path(percentEncoded: false)
    }

    /// How diagnostics name the file.
    var display: String {
        switch source {
        case .bundled: "<bundled>/\(name).yaml"
        case .file(let path): path
        }
    }

    /// `reference`, a path relative to this pipeline's directory, as a path relative to the working directory.
    func path(relative reference: String) -> String {
        guard case .file(let path) = source, !reference.hasPrefix("/"), let slash = path.lastIndex(of: "/") else {
            return reference
        }
        return path[...slash] + reference
    }

    static func == (lhs: PipelineLocation, rhs: PipelineLocation) -> Bool { lhs.identity == rhs.identity }
    func hash(into hasher: inout Hasher) { hasher.combine(identity) }
}
