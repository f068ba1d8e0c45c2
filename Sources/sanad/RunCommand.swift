import ArgumentParser
import Foundation
import SanadCore

/// `sanad run PIPELINE [PATH...]`: the main job — annotate documents and print them as JSON or one of the views.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline over text files, a directory, a JSONL corpus or standard input.",
        discussion: """
            PATH is a text file (one document), a directory (every *.txt under it, sorted; *.jsonl with \
            --input-format jsonl) or - for standard input (the default). Results go to standard output (or \
            --output), logs to standard error (or --log-file): they never mix.
            """
    )

    @Argument(help: "A pipeline name (see `sanad list`) or a path ending in .yaml or .yml.")
    var pipeline: String

    @Argument(help: "Text files, directories, or - for standard input.")
    var paths: [String] = []

    @Option(help: "How the input is split into documents: text (a file per document) or jsonl (an object per line).")
    var inputFormat: DocumentReader.Format = .text

    @Option(
        help: ArgumentHelp(
            "Output format: json, jsonl, text, html or conll.",
            discussion: """
                json: an object for one text document, an array otherwise; jsonl: an object per line; text: \
                numbered sentences with bracketed entities and quotes, coloured at a terminal unless NO_COLOR is \
                set; html: one self-contained page for the run; conll: a token per line with its entity IOB tag.
                """))
    var format: DocumentWriter.Format = .json

    @Option(help: "Write results to this file instead of standard output.")
    var output: String?

    @Option(help: "When a document fails: stop, or skip it and go on (the exit status is 1 either way).")
    var onError: ErrorPolicy = .stop

    @Option(help: "Invalid UTF-8 in the input: error, or replace with U+FFFD and warn.")
    var invalidUtf8: InvalidUTF8Policy = .error

    @Option(help: "Batches of documents processed at once (default: the number of cores). Output stays in input order.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds between run.progress log events when stderr is not a terminal.")
    var progressEvery: Double = 5

    @Flag(help: "Let a pipeline given by path run the commands of its `external` stages.")
    var allowExternal = false

    @OptionGroup var pipelines: PipelineOptions
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        if progressEvery < 0 { throw ValidationError("--progress-every cannot be negative") }
    }

    func run() async throws {
        let (logger, logOutput) = try logging.makeLogger()
        defer { logOutput.flush() }
        let loadStarted = DispatchTime.now().uptimeNanoseconds
        let loaded = try pipelines.load(pipeline)
        try checkExternalCommands(loaded)
        let missing = format.requiredLayers.subtracting(loaded.producedLayers)
        guard missing.isEmpty else {
            throw ValidationError(
                "--format \(format.rawValue) needs the \(missing.sorted().map(\.rawValue).joined(separator: ", ")) "
                    + "layer, which pipeline '\(loaded.name)' does not produce: add a stage that does (segment)")
        }
        logger.info(
            "pipeline.loaded",
            metadata: [
                "event": "pipeline.loaded", "pipeline": .string(loaded.name),
                "ms": .stringConvertible(Double(DispatchTime.now().uptimeNanoseconds - loadStarted) / 1e6),
                "stages": .array(loaded.stages.map { .string($0.id) }),
            ])
        let destination = try output.map { path in
            do { return try TextOutput.file(atPath: path) } catch {
                throw ValidationError("cannot write the output file '\(path)': \(error.localizedDescription)")
            }
        } ?? .standardOutput
        let reader = DocumentReader(paths: paths, format: inputFormat, invalidUTF8: invalidUtf8)
        let oneDocument = inputFormat == .text && reader.paths.count == 1 && !Self.isDirectory(reader.paths[0])
        let run = RunDescription(
            pipeline: loaded.name, summary: loaded.description, language: loaded.language,
            layers: loaded.producedLayers, isCorpus: !oneDocument,
            color: TerminalStyle.colorAllowed(
                isTerminal: output == nil && isatty(STDOUT_FILENO) == 1,
                environment: ProcessInfo.processInfo.environment))
        let writer = DocumentWriter(output: destination, format: format, run: run)
        let progress = ProgressReporter(
            totalBytes: inputFormat == .jsonl || !oneDocument ? Self.totalBytes(reader.paths) : nil, logger: logger,
            terminal: logging.file == nil && isatty(STDERR_FILENO) == 1, eventInterval: progressEvery)
        // A pipe or a terminal may be a live stream, whose documents must not wait for a batch to fill up.
        let batchLimit = reader.paths.contains(where: Self.isStream) ? 1 : Runner.batchDocuments
        let outcome = try await Runner(pipeline: loaded, logger: logger, onError: onError, batchLimit: batchLimit).run(
            reader.pendingDocuments, jobs: jobs, render: writer.prepare, write: writer.write, progress: progress.update)
        progress.finish()
        writer.finish()
        if !outcome.succeeded { throw ExitCode.failure }
    }

    /// Whether `path` (`-`: standard input) is neither a regular file nor a directory: a pipe, a terminal or a
    /// device, which can deliver its documents slowly.
    private static func isStream(_ path: String) -> Bool {
        var status = stat()
        let found = path == "-" ? fstat(STDIN_FILENO, &status) : stat(path, &status)
        guard found == 0 else { return false }
        let type = status.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// Bytes of the input files (for an ETA), or nil when the size is unknown (standard input).
    private static func totalBytes(_ paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            guard path != "-", !isDirectory(path),
                let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
            else { return nil }
            total += size
        }
        return total
    }

    /// A pipeline file given by path may come from anywhere: its `external` stages run commands only with
    /// `--allow-external`. Pipelines found by name, in directories the user chose, run as they are.
    private func checkExternalCommands(_ loaded: Pipeline) throws {
        guard PipelineCatalog.isPath(pipeline), !allowExternal else { return }
        let external = loaded.stages.filter { $0.stage is ExternalStage }.map(\.id)
        if !external.isEmpty { throw ExternalCommandsRefused(pipeline: pipeline, stages: external) }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension DocumentReader.Format: ExpressibleByArgument {}
extension ErrorPolicy: ExpressibleByArgument {}
extension InvalidUTF8Policy: ExpressibleByArgument {}

/// A pipeline given by path would run commands without `--allow-external`.
struct ExternalCommandsRefused: Error, CustomStringConvertible {
    /// The path as given.
    let pipeline: String
    /// The ids of its `external` stages.
    let stages: [String]

    var description: String {
        let named = stages.map { "`\($0)`" }.joined(separator: ", ")
        let which = stages.count == 1 ? "stage \(named) runs a command" : "stages \(named) run commands"
        return "\(pipeline) is given by path and its external \(which); run it with --allow-external if you trust "
            + "it (`sanad show \(pipeline)` shows the commands), or by name from a pipeline directory "
            + "(--pipelines, \(PipelineCatalog.pathVariable))"
    }
}
