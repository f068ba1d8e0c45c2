import ArgumentParser
import SanadCore

/// `sanad show NAME`: the pipeline as it will run, after `extends`, with every option including defaults.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a pipeline resolved: its stages in order with every option, defaults included."
    )

    @Argument(help: "A pipeline name, or a path ending in .yaml or .yml.")
    var pipeline: String

    @OptionGroup var pipelines: PipelineOptions

    func run() throws {
        print(try pipelines.load(pipeline).renderYAML(), terminator: "")
    }
}
