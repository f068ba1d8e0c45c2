import Foundation
import Logging

/// What a run does when a document cannot be read or processed (`--on-error`).
public enum ErrorPolicy: String, Sendable, CaseIterable {
    /// Stop at the first failure; everything written before it stays whole.
    case stop
    /// Log the failure as a `document.failed` event and go on with the next document; the run still fails at the end.
    case skip
}

/// Drives documents through a pipeline: reads, processes, hands each finished document to the output, logs.
///
/// Every document that completes is handed to `write` whole before the next one starts, so a failure never leaves
/// half a document behind. The run ends with one `run.summary` event, whatever happened.
public struct Runner: Sendable {
    /// The pipeline documents go through.
    public let pipeline: Pipeline
    /// Where events go; the runner adds `pipeline`, `stage` and `doc` metadata.
    public let logger: Logger
    /// What to do with a failing document.
    public let onError: ErrorPolicy

    /// Creates a runner.
    public init(pipeline: Pipeline, logger: Logger, onError: ErrorPolicy = .stop) {
        self.pipeline = pipeline
        self.logger = logger
        self.onError = onError
    }

    /// How a run went.
    public struct Outcome: Sendable {
        /// The totals that the `run.summary` event reported.
        public let summary: RunSummary
        /// The first failure, when the run stopped because of it or skipped past any.
        public let firstFailure: (any Error & Sendable)?
        /// Whether every document went through.
        public var succeeded: Bool { firstFailure == nil }
    }

    /// Where a run stands, reported after each document is written.
    public struct Progress: Sendable {
        /// Documents written or failed so far.
        public let documents: Int
        /// UTF-8 bytes of text of those documents.
        public let bytes: Int
        /// Nanoseconds since the run started.
        public let elapsedNanoseconds: UInt64
    }

    /// Starts the pipeline's ``LifecycleStage``s, runs every document of `input` through the pipeline on up to
    /// `jobs` documents at a time, passes each processed one to `write` in input order, and stops the stages.
    ///
    /// A stage that cannot start throws ``PipelineStartError`` before any input is read.
    /// Documents are read one by one and at most `2 × jobs` are held at once (read, in flight, or waiting for an
    /// earlier one to be written), so memory does not grow with the corpus. `write` and `progress` are called from
    /// the calling task only, in input order. With ``ErrorPolicy/stop``, the output is exactly what a one-job run
    /// writes before the failing document. Errors thrown by `write` (the output is gone) always stop the run.
    public func run(
        _ input: some Sequence<DocumentReader.Element>, jobs: Int = 1, write: (Document) throws -> Void,
        progress: (Progress) -> Void = { _ in }
    ) async throws -> Outcome {
        try await run(input.lazy.map(PendingDocument.init), jobs: jobs, render: { $0 }, write: write, progress: progress)
    }

    /// Like ``run(_:jobs:write:progress:)``, with more of the work on the workers: each document of `input` is
    /// decoded (``PendingDocument/read()``) and, once processed, turned by `render` into what `write` takes, on the
    /// worker that processed it.
    ///
    /// So with several jobs, parsing JSONL lines and serializing output run in parallel too, and `write` only puts
    /// the bytes in order. An error thrown by `render` stops the run when its document's turn to be written comes,
    /// as if `write` had thrown it.
    public func run<Rendered: Sendable>(
        _ input: some Sequence<PendingDocument>, jobs: Int = 1,
        render: @escaping @Sendable (Document) throws -> Rendered, write: (Rendered) throws -> Void,
        progress: (Progress) -> Void = { _ in }
    ) async throws -> Outcome {
        let started = DispatchTime.now().uptimeNanoseconds
        var summary = RunSummary(pipeline: pipeline)
        var firstFailure: (any Error & Sendable)?
        var runLogger = logger
        runLogger[metadataKey: "pipeline"] = .string(pipeline.name)
        try pipeline.start(logger: logger)
        defer { summary.log(to: runLogger, wallNanoseconds: DispatchTime.now().uptimeNanoseconds - started) }
        // Runs before the summary is logged, so that everything the stages say while stopping comes before it.
        defer { pipeline.stop(logger: logger) }
        let workers = max(1, jobs)
        let window = workers * 2
        var bytes = 0

        try await withThrowingTaskGroup(of: (Int, DocumentResult<Rendered>).self) { group in
            var pending: [Int: DocumentResult<Rendered>] = [:]
            var nextToWrite = 0
            var inFlight = 0
            var stopped = false

            /// Writes every finished document that is next in input order; false once the run must stop.
            func drain() throws -> Bool {
                while let result = pending.removeValue(forKey: nextToWrite) {
                    nextToWrite += 1
                    switch result {
                    case .processed(let rendered, let size, let runs):
                        try write(rendered.get())
                        summary.add(runs, of: size)
                        bytes += size.bytes
                    case .failed(let failure, let document, let stage):
                        summary.addFailure()
                        report(failure, document: document, stage: stage, logger: runLogger)
                        firstFailure = firstFailure ?? failure
                        if onError == .stop { return false }
                    }
                    progress(
                        Progress(
                            documents: nextToWrite, bytes: bytes,
                            elapsedNanoseconds: DispatchTime.now().uptimeNanoseconds - started))
                }
                return true
            }

            var index = 0
            let taskLogger = runLogger
            for element in input {
                // At most `jobs` documents are processed at once, and at most `window` are held in all (a long
                // document holds back the short ones finished after it until it is written).
                while inFlight >= workers || inFlight + pending.count >= window {
                    guard let (finished, result) = try await group.next() else { break }
                    inFlight -= 1
                    pending[finished] = result
                    guard try drain() else {
                        stopped = true
                        break
                    }
                }
                if stopped { break }
                let position = index
                index += 1
                inFlight += 1
                group.addTask { [self] in
                    await withCheckedContinuation { continuation in
                        Self.workers.async {
                            continuation.resume(
                                returning: (position, process(element, render: render, logger: taskLogger)))
                        }
                    }
                }
            }
            while !stopped, let (finished, result) = try await group.next() {
                pending[finished] = result
                stopped = !(try drain())
            }
            group.cancelAll()
        }
        return Outcome(summary: summary, firstFailure: firstFailure)
    }

    /// Where documents are processed. Stages are synchronous and may block (an `external` stage waits for its
    /// plugin), which must not happen on Swift's cooperative threads: with one per core, a few waiting stages would
    /// stall every task of the process. This queue's threads are the kind that may block.
    private static let workers = DispatchQueue(label: "sanad.documents", attributes: .concurrent)

    /// What became of one document.
    private enum DocumentResult<Rendered: Sendable>: Sendable {
        case processed(Result<Rendered, any Error>, DocumentSize, [StageRun])
        case failed(any Error & Sendable, document: String, stage: String?)
    }

    /// Reads, processes and renders one document; runs on any task.
    private func process<Rendered: Sendable>(
        _ element: PendingDocument, render: @Sendable (Document) throws -> Rendered, logger runLogger: Logger
    ) -> DocumentResult<Rendered> {
        var document: Document
        do {
            document = try read(element, logger: runLogger)
        } catch {
            return .failed(error, document: error.documentID, stage: nil)
        }
        do {
            let runs = try pipeline.process(&document, logger: logger)
            return .processed(Result { try render(document) }, DocumentSize(document), runs)
        } catch {
            return .failed(error, document: error.document, stage: error.stage)
        }
    }

    private func read(_ element: PendingDocument, logger: Logger) throws(InputError) -> Document {
        let read = try element.read().get()
        if let offset = read.repairedUTF8At {
            logger.warning(
                "invalid UTF-8 replaced with U+FFFD",
                metadata: ["event": "input.repaired", "doc": .string(read.document.id), "byte_offset": .stringConvertible(offset)])
        }
        return read.document
    }

    private func report(_ failure: any Error, document: String, stage: String?, logger: Logger) {
        var metadata: Logger.Metadata = ["event": "document.failed", "doc": .string(document)]
        if let stage { metadata["stage"] = .string(stage) }
        logger.error("\(failure)", metadata: metadata)
    }
}
