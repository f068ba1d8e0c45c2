import Foundation

/// A destination for lines of text (stderr, stdout or a file) that many threads may write to.
///
/// Each ``write(_:)`` lands whole: lines from concurrent writers never interleave. A buffered output gathers what
/// is written and hands it to the file in pieces of up to ``bufferLimit`` bytes, at the latest ``flushInterval``
/// after it was written, on ``flush()`` and when the output goes away.
public final class TextOutput: @unchecked Sendable {
    private let lock = NSLock()
    private let handle: FileHandle
    /// Bytes written but not yet handed to `handle` (always empty when the output is not buffered).
    private var pending: [UInt8] = []
    /// Flushes a buffered output every ``flushInterval``; nil when it is not buffered.
    private var timer: (any DispatchSourceTimer)?

    /// Most bytes a buffered output keeps before writing them.
    public static let bufferLimit = 64 * 1024
    /// Longest a buffered output keeps what was written.
    public static let flushInterval = DispatchTimeInterval.milliseconds(100)

    /// Writes to an open file handle; `buffered` gathers writes as the type's documentation says.
    public init(handle: FileHandle, buffered: Bool = false) {
        self.handle = handle
        guard buffered else { return }
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + Self.flushInterval, repeating: Self.flushInterval)
        timer.setEventHandler { [weak self] in self?.flush() }
        timer.resume()
        self.timer = timer
    }

    deinit {
        timer?.cancel()
        writePending()
    }

    /// Standard error.
    public static let standardError = TextOutput(handle: .standardError)
    /// Standard output.
    public static let standardOutput = TextOutput(handle: .standardOutput)

    /// Opens the file at `path` for writing, creating or truncating it; `buffered` gathers writes as the type's
    /// documentation says (a run logs an event per stage and document, and a system call for each took a twentieth
    /// of a run).
    ///
    /// Opens in place (never writes a new file and renames it over the old one), so a device such as `/dev/null`
    /// or a named pipe stays what it is.
    public static func file(atPath path: String, buffered: Bool = false) throws -> TextOutput {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
        }
        return TextOutput(handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true), buffered: buffered)
    }

    /// Writes `text` as one piece.
    public func write(_ text: String) {
        var text = text
        text.withUTF8 { write($0) }
    }

    /// Writes `bytes` as one piece, without copying them into a `Data` first (a run's output is several times the
    /// size of its input).
    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write($0) }
    }

    /// Writes the JSON text `json` as one piece, from the buffer's own memory.
    public func write(_ json: JSONBuffer) {
        json.withUnsafeBytes { write($0) }
    }

    /// Hands everything written so far to the file.
    public func flush() {
        lock.withLock { writePending() }
    }

    private func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        lock.withLock {
            if timer != nil {
                pending.append(contentsOf: bytes)
                if pending.count >= Self.bufferLimit { writePending() }
            } else {
                handle.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
            }
        }
    }

    /// Writes ``pending``; the caller holds the lock (or is the deinitializer).
    private func writePending() {
        guard !pending.isEmpty else { return }
        pending.withUnsafeMutableBytes { buffer in
            handle.write(Data(bytesNoCopy: buffer.baseAddress!, count: buffer.count, deallocator: .none))
        }
        pending.removeAll(keepingCapacity: true)
    }
}

/// Writes each event as one JSON object per line (`--log-format json`).
public struct JSONLinesLogSink: LogRecordSink {
    private let output: TextOutput

    /// Creates a sink writing to `output`.
    public init(output: TextOutput) { self.output = output }

    public func emit(_ event: LogRecord) {
        var line = JSONBuffer()
        event.writeJSON(into: &line)
        line.raw("\n")
        output.write(line)
    }
}
