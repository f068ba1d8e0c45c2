import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One running plugin process and the JSON lines exchanged with it.
///
/// Requests from any number of threads are written by the threads themselves, one line at a time; a reader thread
/// parses each line the plugin writes and hands it to the request with that `id`, so answers may come in any order;
/// another thread turns the plugin's standard error into `external.stderr` events. When the process ends (it exits,
/// is killed, or breaks the protocol) every request still waiting is told why, and the process is reaped.
final class ExternalConnection: @unchecked Sendable {
    /// Why a connection ended.
    enum Ending: Sendable, Equatable {
        /// The process exited on its own (or crashed).
        case exited(ProcessTermination)
        /// The process was killed, for the reason given ("document `x` took longer than 30 s").
        case killed(String)
        /// The plugin wrote something the protocol does not allow; the process was killed.
        case refused(String)
    }

    /// What a request gets back.
    enum Reply: Sendable {
        /// The plugin's answer, a JSON object.
        case message([String: JSONValue])
        /// The connection ended before an answer came.
        case ended(Ending)
        /// The connection ended before the plugin could have read the request: the write found its input closed,
        /// or it exited with status 0 (as a plugin that recycles itself does) — after answering other requests, so
        /// that a plugin which cannot get going is not taken for one.
        case unread(Ending)
        /// No answer came within the timeout; the request is no longer waiting.
        case timedOut
    }

    /// The process.
    let process: ChildProcess
    private let input: PipeWriter
    private let logger: Logger

    /// Guards every property below, and wakes ``close(grace:)``.
    private let condition = NSCondition()
    private var pending: [Int: ReplySlot] = [:]
    /// Waits for the next line without an `id`: the handshake from the start.
    private var control: ReplySlot?
    private let handshake = ReplySlot()
    private var serving = false
    /// Requests answered so far.
    private var answered = 0
    private var closing = false
    private var ending: Ending?
    private var readerDone = false
    private var stderrDone = false
    private var recentStderr: [String] = []
    private static let keptStderrLines = 12

    /// Takes over `process` and starts its two reading threads; `logger` carries the pipeline and stage metadata.
    init(process: ChildProcess, logger: Logger) {
        self.process = process
        self.logger = logger
        input = PipeWriter(descriptor: process.input)
        control = handshake
        Thread { self.readReplies() }.start()
        Thread { self.readStandardError() }.start()
    }

    /// Sends request `id` (one JSON line, newline included) and waits up to `timeout` seconds for its answer.
    func send(_ line: [UInt8], id: Int, timeout: Double) -> Reply {
        let slot = ReplySlot()
        let ended = condition.withLock {
            if ending == nil { pending[id] = slot }
            return ending
        }
        if let ended { return unread(ended, written: false) }
        let (reply, written) = deliver(line, to: slot, until: .now() + timeout) {
            pending[id] === slot ? pending.removeValue(forKey: id) : nil
        }
        if case .ended(let ending) = reply { return unread(ending, written: written) }
        return reply
    }

    /// `.unread(ending)` when the plugin cannot have read a request — it was not `written`, or the plugin exited with
    /// status 0 — and had answered others; `.ended(ending)` otherwise.
    private func unread(_ ending: Ending, written: Bool) -> Reply {
        let cleanExit = ending == .exited(.exited(0))
        let worked = condition.withLock { answered > 0 }
        return worked && (!written || cleanExit) ? .unread(ending) : .ended(ending)
    }

    /// Waits up to `timeout` seconds for the plugin's first line.
    func awaitHandshake(timeout: Double) -> Reply {
        wait(for: handshake, until: .now() + timeout) { withdrawControl(handshake) }
    }

    /// Sends `line` and waits up to `timeout` seconds for the next line without an `id`: how the answer to
    /// `configure` is read.
    func exchange(_ line: [UInt8], timeout: Double) -> Reply {
        let slot = ReplySlot()
        let ended = condition.withLock {
            if ending == nil { control = slot }
            return ending
        }
        if let ended { return .ended(ended) }
        return deliver(line, to: slot, until: .now() + timeout) { withdrawControl(slot) }.reply
    }

    /// Writes `line` for the request waiting on `slot` and waits for the answer, all before `deadline`; `written` is
    /// false when the plugin's input was found closed.
    private func deliver(
        _ line: [UInt8], to slot: ReplySlot, until deadline: DispatchTime, withdraw: () -> ReplySlot?
    ) -> (reply: Reply, written: Bool) {
        switch input.write(line, deadline: deadline) {
        case .written:
            return (wait(for: slot, until: deadline, withdraw: withdraw), true)
        case .broken:
            // The plugin is gone: its reader ends the connection and fails the slot.
            return (wait(for: slot, until: deadline, withdraw: withdraw), false)
        case .timedOut:
            let withdrawn = condition.withLock { withdraw() } != nil
            return (withdrawn ? .timedOut : wait(for: slot, until: deadline, withdraw: withdraw), true)
        }
    }

    /// Marks the plugin as ready for documents: from now on, exiting is worth a warning even when no document is
    /// waiting.
    func beginServing() {
        condition.withLock { serving = true }
    }

    /// Takes `slot` back as the control slot, unless a line or the ending has claimed it; called under the lock.
    private func withdrawControl(_ slot: ReplySlot) -> ReplySlot? {
        guard control === slot else { return nil }
        control = nil
        return slot
    }

    /// Waits for `slot`; at the deadline, `withdraw` (called under the lock) takes the slot back unless an answer
    /// or the ending has already claimed it, in which case that answer is imminent and is returned.
    private func wait(for slot: ReplySlot, until deadline: DispatchTime, withdraw: () -> ReplySlot?) -> Reply {
        if slot.semaphore.wait(timeout: deadline) == .success { return slot.reply! }
        let withdrawn = condition.withLock { withdraw() }
        if withdrawn != nil { return .timedOut }
        slot.semaphore.wait()
        return slot.reply!
    }

    /// Ends the connection for `ending` (a timeout's `.killed`, a `.refused` line), failing every waiting request
    /// with it, and kills the process. Does nothing when it has already ended.
    func abandon(_ ending: Ending) {
        end(ending)
        process.kill()
    }

    /// Whether the connection has ended, so a new process is needed.
    var hasEnded: Bool { condition.withLock { ending != nil } }

    /// The last lines the plugin wrote to standard error, once it has closed it or after `seconds`.
    func lastStandardError(waitingUpTo seconds: Double) -> [String] {
        let deadline = Date(timeIntervalSinceNow: seconds)
        condition.lock()
        defer { condition.unlock() }
        while !stderrDone && condition.wait(until: deadline) {}
        return recentStderr
    }

    /// Closes the plugin's input and waits up to `grace` seconds for it to exit (as the protocol asks it to at the
    /// end of its input), then kills it; returns once it has been reaped and its output read to the end.
    ///
    /// - Returns: how it ended, and whether it had to be killed.
    func close(grace: Double) -> (termination: ProcessTermination?, killed: Bool) {
        condition.withLock { closing = true }
        input.close()
        condition.lock()
        let deadline = Date(timeIntervalSinceNow: grace)
        while !readerDone && condition.wait(until: deadline) {}
        let exited = readerDone
        condition.unlock()
        if !exited {
            process.kill()
            // Killed, the process closes its output; a descendant that left its process group could keep it open.
            condition.lock()
            let afterKill = Date(timeIntervalSinceNow: 5)
            while !readerDone && condition.wait(until: afterKill) {}
            condition.unlock()
        }
        // Every line of standard error is logged before the stage reports it stopped.
        _ = lastStandardError(waitingUpTo: 1)
        return (process.exitStatus, !exited)
    }

    // MARK: - Threads

    /// Reads the plugin's answers until its output ends, then reaps it and fails whatever still waits.
    private func readReplies() {
        let lines = LineReader(fileDescriptor: process.output)
        while let line = lines.next() {
            if line.isEmpty { continue }
            route(line)
        }
        closeDescriptor(process.output)
        let termination = process.waitForExit()
        condition.lock()
        let idle = serving && pending.isEmpty && !closing && ending == nil
        condition.unlock()
        if idle {
            logger.warning(
                "the plugin \(termination) between documents; it is started again for the next one",
                metadata: Self.metadata("external.exited", termination))
        }
        end(.exited(termination))
        condition.withLock {
            readerDone = true
            condition.broadcast()
        }
    }

    /// Hands one line to the request it answers, or ends the connection when it answers none.
    private func route(_ line: ArraySlice<UInt8>) {
        guard case .object(let message)? = try? JSONValue(foundation: JSONSerialization.jsonObject(with: Data(line)))
        else {
            abandon(.refused("it wrote a line that is not a JSON object: " + Self.excerpt(line)))
            return
        }
        let slot: ReplySlot?
        switch message["id"] {
        case .number(let number)?:
            guard let id = Int(exactly: number) else {
                abandon(.refused("it wrote an \"id\" that is not an integer: " + Self.excerpt(line)))
                return
            }
            slot = condition.withLock {
                let slot = pending.removeValue(forKey: id)
                if slot != nil { answered += 1 }
                return slot
            }
            if slot == nil {
                abandon(.refused("it answered request \(id), which is not waiting for an answer"))
                return
            }
        case nil:
            slot = condition.withLock {
                defer { control = nil }
                return control
            }
            if slot == nil {
                abandon(.refused("it wrote a line without an \"id\": " + Self.excerpt(line)))
                return
            }
        default:
            abandon(.refused("it wrote an \"id\" that is not an integer: " + Self.excerpt(line)))
            return
        }
        slot?.fulfil(.message(message))
    }

    /// Logs each line of the plugin's standard error as an `external.stderr` event, keeping the last few for error
    /// messages.
    private func readStandardError() {
        let lines = LineReader(fileDescriptor: process.errorOutput)
        while let line = lines.next() {
            let text = String(decoding: line, as: UTF8.self)
            logger.info("external.stderr", metadata: ["event": "external.stderr", "line": .string(text)])
            condition.withLock {
                recentStderr.append(text)
                if recentStderr.count > Self.keptStderrLines { recentStderr.removeFirst() }
            }
        }
        closeDescriptor(process.errorOutput)
        condition.withLock {
            stderrDone = true
            condition.broadcast()
        }
    }

    /// Records `ending` (unless the connection has ended already) and fails every waiting request with it.
    private func end(_ ending: Ending) {
        condition.lock()
        guard self.ending == nil else {
            condition.unlock()
            return
        }
        self.ending = ending
        let waiting = Array(pending.values) + (control.map { [$0] } ?? [])
        pending.removeAll()
        control = nil
        condition.broadcast()
        condition.unlock()
        for slot in waiting { slot.fulfil(.ended(ending)) }
    }

    /// The event name and the exit status or signal, as log metadata.
    static func metadata(_ event: String, _ termination: ProcessTermination) -> Logger.Metadata {
        switch termination {
        case .exited(let status): ["event": .string(event), "status": .stringConvertible(Int(status))]
        case .signaled(let signal): ["event": .string(event), "signal": .stringConvertible(Int(signal))]
        }
    }

    /// The start of a line, for messages.
    private static func excerpt(_ line: ArraySlice<UInt8>) -> String {
        let text = String(decoding: line.prefix(200), as: UTF8.self)
        return "`" + text + (line.count > 200 ? "…`" : "`")
    }
}

/// Where one request's answer is put, and how its thread is woken.
private final class ReplySlot: @unchecked Sendable {
    let semaphore = DispatchSemaphore(value: 0)
    /// Set once, before the semaphore is signalled.
    private(set) var reply: ExternalConnection.Reply?

    func fulfil(_ reply: ExternalConnection.Reply) {
        self.reply = reply
        semaphore.signal()
    }
}
