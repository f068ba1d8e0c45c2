import ArgumentParser
import SanadCore

/// `sanad list`: every pipeline that can be run by name.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the named pipelines with their descriptions and where each comes from."
    )

    @OptionGroup var pipelines: PipelineOptions

    func run() throws {
        let entries = try pipelines.catalog.entries()
        let width = entries.map(\.name.count).max() ?? 0
        for entry in entries {
            let name = entry.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let language = entry.language.map { "[\($0)] " } ?? ""
            print("\(name)  \(language)\(entry.description ?? "(cannot be read: run `sanad validate \(entry.name)`)")")
            print(String(repeating: " ", count: width + 2) + "from: \(entry.source)")
        }
    }
}
