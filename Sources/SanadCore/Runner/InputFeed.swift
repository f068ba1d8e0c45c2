import Foundation

/// A run's input, read ahead on a thread of its own so that the ``Runner`` never waits on the input itself.
///
/// Reading may block for as long as the writer of a pipe likes (a live feed sends a document now and then). Were the
/// runner to block in that read, the documents it has finished would wait for the next one to arrive before being
/// written; instead it asks the feed for whatever has been read so far (``next(atMost:bytes:)``) and, meanwhile,
/// goes on writing. The feed holds at most `documents` documents or `bytes` bytes (plus the one document that
/// crosses the byte limit), and its thread one more document in hand, so reading ahead raises the memory a run needs
/// by about one batch.
///
/// One caller at a time: ``next(atMost:bytes:)`` must not be called again before the previous call has returned
/// (the ``Runner`` keeps one read outstanding).
final class InputFeed: @unchecked Sendable {
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    /// Documents read and not yet taken, each with its ``PendingDocument/byteCount``.
    private var buffer: [(document: PendingDocument, bytes: Int)] = []
    private var bufferedBytes = 0
    private var ended = false
    private var cancelled = false
    private var waiter: (continuation: CheckedContinuation<Taken, Never>, documents: Int, bytes: Int)?
    private let documents: Int
    private let bytes: Int

    /// Starts reading `input` on a new thread; `input` must not be used by anything else from now on.
    init(_ input: some Sequence<PendingDocument>, documents: Int, bytes: Int) {
        self.documents = max(1, documents)
        self.bytes = bytes
        // The sequence moves to the reading thread and is iterated there only.
        nonisolated(unsafe) let input = AnyIterator(input.makeIterator())
        let reader = Thread { [self] in read(input) }
        reader.name = "sanad.input"
        reader.start()
    }

    /// Documents handed over by ``next(atMost:bytes:)``, with their ``PendingDocument/byteCount``s added up.
    struct Taken: Sendable {
        /// The documents, in input order; empty once the input is exhausted.
        let documents: [PendingDocument]
        /// Their bytes of input, which the ``Runner`` sizes its batches by.
        let bytes: Int
    }

    /// The documents read since the last call, in input order: at least one, at most `count`, and no more once
    /// their bytes reach `bytes` (the document that reaches them is the last). Waits while nothing has been read.
    /// Empty once the input is exhausted or the feed is cancelled.
    func next(atMost count: Int, bytes: Int) async -> Taken {
        await withCheckedContinuation { continuation in
            condition.lock()
            if buffer.isEmpty && !ended && !cancelled {
                waiter = (continuation, count, bytes)
                condition.unlock()
                return
            }
            let taken = take(atMost: count, bytes: bytes)
            condition.unlock()
            continuation.resume(returning: taken)
        }
    }

    /// Stops reading: a pending or later ``next(atMost:bytes:)`` returns no documents. A read the thread is blocked
    /// in (a pipe nobody writes to) still finishes first; its document is dropped and the thread ends, so the input
    /// cannot be read on by anyone else after a run that stopped early.
    func cancel() {
        condition.lock()
        cancelled = true
        buffer.removeAll()
        let waiting = waiter
        waiter = nil
        condition.broadcast()
        condition.unlock()
        waiting?.continuation.resume(returning: Taken(documents: [], bytes: 0))
    }

    private func read(_ input: AnyIterator<PendingDocument>) {
        while let document = input.next() {
            condition.lock()
            while !buffer.isEmpty && (buffer.count >= documents || bufferedBytes >= bytes) && !cancelled {
                condition.wait()
            }
            guard !cancelled else {
                condition.unlock()
                return
            }
            let bytes = document.byteCount
            buffer.append((document, bytes))
            bufferedBytes += bytes
            handOver()
        }
        condition.lock()
        ended = true
        handOver()
    }

    /// Resumes a waiting reader with what the buffer holds, and unlocks.
    private func handOver() {
        guard let waiting = waiter else { return condition.unlock() }
        waiter = nil
        let taken = take(atMost: waiting.documents, bytes: waiting.bytes)
        condition.unlock()
        waiting.continuation.resume(returning: taken)
    }

    /// Removes the first documents of the buffer, as ``next(atMost:bytes:)`` describes; called with the lock held.
    private func take(atMost count: Int, bytes limit: Int) -> Taken {
        var taken = 0
        var takenBytes = 0
        while taken < min(count, buffer.count) && (taken == 0 || takenBytes < limit) {
            takenBytes += buffer[taken].bytes
            taken += 1
        }
        let documents = buffer[..<taken].map(\.document)
        buffer.removeFirst(taken)
        bufferedBytes -= takenBytes
        condition.signal()
        return Taken(documents: documents, bytes: takenBytes)
    }
}
