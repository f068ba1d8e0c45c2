import ArgumentParser
import Foundation

/// `sanad new`: starting points for stage authors.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new stage plugin from a template that builds, runs and passes its tests as written.",
        subcommands: [NewStageCommand.self]
    )
}

/// `sanad new stage NAME [--swift|--external] [--output DIR]`.
struct NewStageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage",
        abstract: "Create a stage plugin: Swift (linked into sanad) or external (Python, run as a child process).",
        discussion: """
            --swift writes Plugins/<Name>/ (run it in the Sanad package): Sources with the stage, its options and \
            the SanadPlugin list, Tests using SanadTesting, a README and an example pipeline; then add the name to \
            Package.swift's plugins list and rebuild. --external writes <name>/ in the current folder: a Python \
            stage speaking the sanad.external/1 protocol, a pipeline that runs it, and its tests. \
            docs/writing-stages.md walks through both.
            """
    )

    @Argument(help: "The stage's name, like word-finder (WordFinder and word_finder work too).")
    var name: String

    @Flag(help: "The kind of plugin (default: --swift).")
    var kind: Scaffold.Kind = .swift

    @Option(
        help: "The folder to create the plugin in (default: Plugins for --swift, the current folder for --external).")
    var output: String?

    func run() throws {
        let name = try StageName(self.name)
        if StageCatalog.registry.stage(named: name.stage) != nil {
            throw ScaffoldError(
                "there is a stage named `\(name.stage)` already (see `sanad stages`); choose another name")
        }
        let scaffold = Scaffold(kind: kind, name: name)
        let folder = scaffold.folder(in: output ?? (kind == .swift ? "Plugins" : "."))
        let written = try scaffold.write(into: folder)
        print("Created the `\(name.stage)` stage:")
        for path in written { print("  " + path) }
        print("")
        switch kind {
        case .swift:
            print("Add it to the plugins list in Package.swift, rebuild, and test it:")
            print("  " + pluginsLine(adding: name.type))
            print("  swift build && swift test --filter \(name.type)Tests")
            print("  swift run sanad run \(folder)/\(name.stage).yaml Examples/arabic-news-article.txt")
        case .external:
            print("Test it and run it (a pipeline given by path runs commands only with --allow-external):")
            print("  (cd \(folder) && python3 -m unittest test_\(name.layer))")
            print("  sanad run \(folder)/\(name.stage).yaml --allow-external article.txt")
        }
    }

    /// The `let plugins = [...]` line of the Package.swift in the current folder with `plugin` added, or the line
    /// to write when there is none.
    private func pluginsLine(adding plugin: String) -> String {
        let prefix = "let plugins = ["
        let manifest = (try? String(contentsOfFile: "Package.swift", encoding: .utf8)) ?? ""
        guard
            let line = manifest.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }),
            let close = line.lastIndex(of: "]")
        else { return "let plugins = [..., \"\(plugin)\"]" }
        let listed = line[line.index(line.startIndex, offsetBy: prefix.count)..<close]
            .trimmingCharacters(in: .whitespaces)
        return prefix + (listed.isEmpty ? "" : listed + ", ") + "\"\(plugin)\"]"
    }
}

extension Scaffold.Kind: EnumerableFlag {
    static func help(for value: Scaffold.Kind) -> ArgumentHelp? {
        switch value {
        case .swift: "A Swift plugin module, linked into sanad."
        case .external: "A Python stage run by the external stage."
        }
    }
}
