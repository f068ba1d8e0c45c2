import ArgumentParser
import Foundation
import SanadCore

/// `--pipelines DIR`: where named pipelines are looked up besides the ones built into `sanad`.
struct PipelineOptions: ParsableArguments {
    @Option(
        name: .customLong("pipelines"),
        help: ArgumentHelp(
            "A directory of NAME.yaml pipelines searched before the built-in ones (repeatable).",
            discussion: "SANAD_PIPELINE_PATH (directories separated by ':') is searched after these.",
            valueName: "dir"))
    var directories: [String] = []

    /// The catalog: these directories, then `SANAD_PIPELINE_PATH`, then the bundled pipelines.
    var catalog: PipelineCatalog {
        PipelineCatalog(
            bundled: PipelineCatalog.bundledPipelines,
            directories: PipelineCatalog.searchDirectories(directories, environment: ProcessInfo.processInfo.environment))
    }

    /// Loads `reference` with the built-in stage registry, or prints every problem and exits with status 1.
    func load(_ reference: String) throws -> Pipeline {
        do {
            return try catalog.load(reference, registry: StageCatalog.registry)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode.failure
        }
    }
}
