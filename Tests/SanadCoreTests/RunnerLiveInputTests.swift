import Foundation
import Logging
import Testing

@testable import SanadCore

/// How a run behaves on input that arrives slowly, as from a live feed: the runner never waits on the input before
/// writing what it has finished.
@Suite struct RunnerLiveInputTests {
    /// Input whose documents after the first are only given once `gate` is signalled, or after `patience` (long, so
    /// that a busy machine cannot make a correct runner look like one that waits on its input).
    private struct GatedInput: Sequence, IteratorProtocol {
        let texts: [String]
        let gate: DispatchSemaphore
        let patience: DispatchTimeInterval
        let timedOut: Flag
        var position = 0

        mutating func next() -> PendingDocument? {
            guard position < texts.count else { return nil }
            if position > 0 && gate.wait(timeout: .now() + patience) == .timedOut { timedOut.raise() }
            defer { position += 1 }
            let document = Document(id: "d\(position)", text: texts[position])
            return PendingDocument(.success(ReadDocument(document: document, repairedUTF8At: nil)))
        }
    }

    /// Set once, read after the run.
    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var raised = false
        func raise() { lock.withLock { raised = true } }
        var isRaised: Bool { lock.withLock { raised } }
    }

    private func runner(_ stages: [any Stage]) -> Runner {
        let logger = Logger(label: "test") { _ in EventLogHandler(sink: MemoryLogSink(), level: .trace) }
        return Runner(pipeline: testPipeline(stages), logger: logger, batchLimit: 1)
    }

    @Test func aDocumentIsWrittenBeforeTheNextOneArrives() async throws {
        let gate = DispatchSemaphore(value: 0)
        let timedOut = Flag()
        let input = GatedInput(texts: ["a b", "c d", "e"], gate: gate, patience: .seconds(120), timedOut: timedOut)
        var written: [String] = []
        let outcome = try await runner([SpaceTokenizer(options: .init())]).run(
            input, render: { $0.id },
            write: { id in
                written.append(id)
                gate.signal()
            })
        #expect(outcome.succeeded)
        #expect(written == ["d0", "d1", "d2"])
        #expect(!timedOut.isRaised, "a document waited for the next one to arrive before it was written")
    }

    @Test func aRunThatStopsEndsWithoutWaitingForMoreInput() async throws {
        let gate = DispatchSemaphore(value: 0)
        let timedOut = Flag()
        let input = GatedInput(texts: ["boom", "never read"], gate: gate, patience: .seconds(120), timedOut: timedOut)
        let outcome = try await runner([SpaceTokenizer(options: .init()), Exploder(options: .init())]).run(
            input, render: { $0.id }, write: { _ in })
        let waitedForInput = timedOut.isRaised
        gate.signal()
        #expect(!outcome.succeeded)
        #expect(!waitedForInput, "the run ended only once the input gave its next document")
    }
}
