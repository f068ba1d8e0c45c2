import ArgumentParser
import Foundation
import SanadCore

/// `sanad stages`: the catalogue of stage names, what each requires and produces, and its options.
struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List every stage a pipeline can use, with its options and layers."
    )

    @Argument(help: "Show only these stages.")
    var names: [String] = []

    func validate() throws {
        for name in names where StageCatalog.registry.stage(named: name) == nil {
            throw ValidationError("unknown stage '\(name)'; known stages: \(StageCatalog.registry.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        let selected = names.isEmpty ? StageCatalog.registry.names : names
        print(selected.compactMap { StageCatalog.registry.stage(named: $0) }.map(Self.describe).joined(separator: "\n"))
    }

    /// The catalogue entry of one stage type.
    static func describe(_ stage: any Stage.Type) -> String {
        func layers(_ set: Set<Layer>) -> String { set.isEmpty ? "-" : set.sorted().map(\.rawValue).joined(separator: ", ") }
        var lines = [
            "\(stage.name) — \(stage.summary)",
            "  requires: \(layers(stage.requires))",
            "  produces: \(layers(stage.produces))",
        ]
        let docs = stage.optionDocumentation
        if docs.isEmpty {
            lines.append("  options: none")
        } else {
            lines.append("  options:")
            let defaults = stage.defaultOptionValues
            for option in docs {
                let value = defaults[option.key].map { JSONLine.encode($0) } ?? "-"
                lines.append("    \(option.key) (\(option.type), default \(value))")
                lines.append("      \(option.doc)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
