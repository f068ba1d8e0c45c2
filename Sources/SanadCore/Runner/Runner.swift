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
    /// Most documents processed together as one batch (see ``run(_:jobs:render:write:progress:)``): 1 processes and
    /// writes each document before the next is waited for, as a live stream needs.
    public let batchLimit: Int

    /// Creates a runner; `batchLimit` is clamped to 1…``batchDocuments``.
    public init(pipeline: Pipeline, logger: Logger, onError: ErrorPolicy = .stop, batchLimit: Int = Runner.batchDocuments) {
        self.pipeline = pipeline
        self.logger = logger
        self.onError = onError
        self.batchLimit = min(max(1, batchLimit), Runner.batchDocuments)
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

    /// Starts the pipeline's ``LifecycleStage``s, runs every document of `input` through the pipeline with up to
    /// `jobs` batches at a time, passes each processed document to `write` in input order, and stops the stages.
    ///
    /// A stage that cannot start throws ``PipelineStartError`` before any input is read.
    /// Documents are read one by one and processed in batches of consecutive documents, stage by stage (the
    /// `Pipeline.process` that takes an array of documents): the first batch holds one document, each next one
    /// twice as many, up to ``batchLimit`` documents or ``batchBytes`` bytes of input (a batch closes as soon as it
    /// reaches either, so a long document ends the batch it joins). A batch waits for its documents to be read, so
    /// input that arrives slowly (a live stream) wants a ``batchLimit`` of 1. The input is read on a thread of its
    /// own, at most one batch ahead, so a processed document is written at once, not when the next one arrives. At
    /// most `2 × jobs` batches are held at once (in flight, or waiting for an earlier one to be written), so memory
    /// does not grow with the corpus.
    /// `write` and `progress` are called from the calling task only, in input order. With ``ErrorPolicy/stop``, the
    /// output is exactly what a one-job run writes before the failing document (later documents of its batch are
    /// processed but never written). Errors thrown by `write` (the output is gone) always stop the run.
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

        let feed = InputFeed(input, documents: batchLimit, bytes: Self.batchBytes)
        try await withThrowingTaskGroup(of: RunEvent<Rendered>.self) { group in
            // Whatever ends the run (the input, a failure, an output error), the reading task must not go on
            // waiting for input, or the group would wait for it.
            defer { feed.cancel() }
            // Finished batches by number, until their turn to be written.
            var pending: [Int: [DocumentResult<Rendered>]] = [:]
            var nextToWrite = 0
            var written = 0
            var inFlight = 0

            /// Writes every finished batch that is next in input order; false once the run must stop.
            func drain() throws -> Bool {
                while let results = pending.removeValue(forKey: nextToWrite) {
                    nextToWrite += 1
                    for result in results {
                        written += 1
                        switch result {
                        case .processed(let rendered, let size, let runs, let outside):
                            try write(rendered.get())
                            summary.add(runs, of: size, outside: outside)
                            bytes += size.bytes
                        case .failed(let failure, let document, let stage):
                            summary.addFailure()
                            report(failure, document: document, stage: stage, logger: runLogger)
                            firstFailure = firstFailure ?? failure
                            if onError == .stop { return false }
                        }
                        progress(
                            Progress(
                                documents: written, bytes: bytes,
                                elapsedNanoseconds: DispatchTime.now().uptimeNanoseconds - started))
                    }
                }
                return true
            }

            var number = 0
            let taskLogger = runLogger
            var batch: [PendingDocument] = []
            var batchBytes = 0
            var nextBatchSize = 1
            var reading = false
            var exhausted = false
            /// Starts processing `batch` as batch `number`.
            func start() {
                let elements = batch
                let position = number
                number += 1
                inFlight += 1
                batch = []
                batchBytes = 0
                nextBatchSize = min(nextBatchSize * 2, batchLimit)
                group.addTask { [self] in
                    await withCheckedContinuation { continuation in
                        Self.workers.async {
                            continuation.resume(
                                returning: .finished(position, process(elements, render: render, logger: taskLogger)))
                        }
                    }
                }
            }
            /// Whether the batch being gathered has its documents or its bytes.
            func batchIsFull() -> Bool { batch.count >= nextBatchSize || batchBytes >= Self.batchBytes }
            /// Asks the feed for what the batch still lacks.
            func read() {
                reading = true
                let missingDocuments = nextBatchSize - batch.count
                let missingBytes = Self.batchBytes - batchBytes
                group.addTask { .read(await feed.next(atMost: missingDocuments, bytes: missingBytes)) }
            }

            // Whichever comes first, documents read or a batch processed, is dealt with as it comes: a finished
            // document is written at once, even while the input has nothing new to give.
            read()
            while let event = try await group.next() {
                switch event {
                case .read(let taken):
                    reading = false
                    exhausted = taken.documents.isEmpty
                    batch += taken.documents
                    batchBytes += taken.bytes
                case .finished(let finished, let results):
                    inFlight -= 1
                    pending[finished] = results
                    guard try drain() else { return }
                }
                // At most `jobs` batches are processed at once, and at most `window` are held in all (a long batch
                // holds back the ones finished after it until it is written).
                let room = inFlight < workers && inFlight + pending.count < window
                if !batch.isEmpty && (batchIsFull() || exhausted) && room { start() }
                if !reading && !exhausted && !batchIsFull() { read() }
            }
        }
        return Outcome(summary: summary, firstFailure: firstFailure)
    }

    /// Where documents are processed. Stages are synchronous and may block (an `external` stage waits for its
    /// plugin), which must not happen on Swift's cooperative threads: with one per core, a few waiting stages would
    /// stall every task of the process. This queue's threads are the kind that may block.
    private static let workers = DispatchQueue(label: "sanad.documents", attributes: .concurrent)

    /// What the run waits for: documents read, or a batch processed (by number).
    private enum RunEvent<Rendered: Sendable>: Sendable {
        case read(InputFeed.Taken)
        case finished(Int, [DocumentResult<Rendered>])
    }

    /// What became of one document.
    private enum DocumentResult<Rendered: Sendable>: Sendable {
        case processed(Result<Rendered, any Error>, DocumentSize, [StageRun], OutsideStages)
        case failed(any Error & Sendable, document: String, stage: String?)
    }

    /// Most documents in a batch. On the `arabic-news` benchmark (news articles of 3 kB) larger batches spread the
    /// time a stage takes to bring its tables back into the processor's caches over more documents, but 256 gained
    /// only 2% more CPU time than 64 while raising peak memory with two jobs from 112 to 150 MB.
    public static let batchDocuments = 64
    /// Bytes of input that close a batch (the document that reaches them is its last), so that batches of long
    /// documents do not hold much more memory than 64 news articles do.
    public static let batchBytes = 1 << 18

    /// Reads, processes (stage by stage) and renders a batch of documents; runs on any task.
    private func process<Rendered: Sendable>(
        _ elements: [PendingDocument], render: @Sendable (Document) throws -> Rendered, logger runLogger: Logger
    ) -> [DocumentResult<Rendered>] {
        var results = [DocumentResult<Rendered>?](repeating: nil, count: elements.count)
        var documents: [Document] = []
        var positions: [Int] = []
        var reading: [UInt64] = []
        documents.reserveCapacity(elements.count)
        positions.reserveCapacity(elements.count)
        reading.reserveCapacity(elements.count)
        for (position, element) in elements.enumerated() {
            do {
                let started = DispatchTime.now().uptimeNanoseconds
                documents.append(try read(element, logger: runLogger))
                reading.append(DispatchTime.now().uptimeNanoseconds - started)
                positions.append(position)
            } catch {
                results[position] = .failed(error, document: error.documentID, stage: nil)
            }
        }
        for (index, outcome) in pipeline.process(&documents, logger: logger).enumerated() {
            switch outcome {
            case .success(let runs):
                let document = documents[index]
                let started = DispatchTime.now().uptimeNanoseconds
                let rendered = Result { try render(document) }
                let outside = OutsideStages(
                    readingNanoseconds: reading[index],
                    renderingNanoseconds: DispatchTime.now().uptimeNanoseconds - started)
                results[positions[index]] = .processed(rendered, DocumentSize(document), runs, outside)
            case .failure(let failure):
                results[positions[index]] = .failed(failure, document: failure.document, stage: failure.stage)
            }
        }
        return results.map { $0! }
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
