import Foundation

/// A new stage plugin written from the templates compiled into `sanad` (`Resources/Templates/swift` and
/// `Resources/Templates/external`).
///
/// Each template file's path and text have `__Type__` (`WordFinder`), `__stage__` (`word-finder`) and `__layer__`
/// (`word_finder`) replaced, and lose their `.template` suffix.
struct Scaffold {
    /// The kinds of plugin there are templates for.
    enum Kind: String, CaseIterable {
        /// A Swift module in `Plugins/<Name>/`, linked into `sanad`.
        case swift
        /// A Python script run by the `external` stage.
        case external
    }

    /// Which templates.
    let kind: Kind
    /// The stage's names.
    let name: StageName

    /// The folder the plugin goes in, under `parent`: `WordFinder` for Swift (the module name), `word-finder` for an
    /// external stage.
    func folder(in parent: String) -> String {
        let base = kind == .swift ? name.type : name.stage
        if parent == "." { return base }
        return (parent.hasSuffix("/") ? parent : parent + "/") + base
    }

    /// The files to write: path relative to the plugin's folder → text.
    var files: [String: String] {
        let prefix = "Resources/Templates/\(kind.rawValue)/"
        var files: [String: String] = [:]
        for path in EmbeddedResources.paths where path.hasPrefix(prefix) && path.hasSuffix(".template") {
            let relative = String(path.dropFirst(prefix.count).dropLast(".template".count))
            files[fill(relative)] = fill(EmbeddedResources.text(at: path) ?? "")
        }
        return files
    }

    /// Writes the plugin into `folder`, which must not exist yet, and returns the paths written, sorted.
    func write(into folder: String) throws(ScaffoldError) -> [String] {
        guard !FileManager.default.fileExists(atPath: folder) else {
            throw ScaffoldError("\(folder) exists already; choose another name, or another folder with --output")
        }
        var written: [String] = []
        do {
            for (relative, text) in files.sorted(by: { $0.key < $1.key }) {
                let path = folder + "/" + relative
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                written.append(path)
            }
        } catch {
            throw ScaffoldError("cannot write \(folder): \(error.localizedDescription)")
        }
        return written
    }

    /// `template` with the names filled in.
    private func fill(_ template: String) -> String {
        template.replacingOccurrences(of: "__Type__", with: name.type)
            .replacingOccurrences(of: "__stage__", with: name.stage)
            .replacingOccurrences(of: "__layer__", with: name.layer)
    }
}
