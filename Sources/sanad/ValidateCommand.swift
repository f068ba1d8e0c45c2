import ArgumentParser
import Foundation
import SanadCore

/// `sanad validate FILE...`: loads pipelines exactly as `sanad run` would, without reading any text.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check pipelines and report every problem as FILE:LINE:COL: error: MESSAGE.",
        discussion: "Exits with status 1 when any pipeline has a problem."
    )

    @Argument(help: "Pipeline names or paths ending in .yaml or .yml.")
    var references: [String]

    @OptionGroup var pipelines: PipelineOptions

    func validate() throws {
        if references.isEmpty { throw ValidationError("give at least one pipeline to validate") }
    }

    func run() throws {
        var failed = false
        for reference in references {
            do {
                let pipeline = try pipelines.catalog.load(reference, registry: StageCatalog.registry)
                print("\(reference): ok (\(pipeline.stages.map(\.id).joined(separator: " → ")))")
            } catch {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }
}
