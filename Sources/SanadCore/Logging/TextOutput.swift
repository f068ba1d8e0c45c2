import Foundation

/// A destination for lines of text (stderr, stdout or a file) that many threads may write to.
///
/// Each ``write(_:)`` lands whole: lines from concurrent writers never interleave.
public final class TextOutput: @unchecked Sendable {
    private let lock = NSLock()
    private let handle: FileHandle

    /// Writes to an open file handle.
    public init(handle: FileHandle) { self.handle = handle }

    /// Standard error.
    public static let standardError = TextOutput(handle: .standardError)
    /// Standard output.
    public static let standardOutput = TextOutput(handle: .standardOutput)

    /// Opens the file at `path` for writing, creating or truncating it.
    ///
    /// Opens in place (never writes a new file and renames it over the old one), so a device such as `/dev/null`
    /// or a named pipe stays what it is.
    public static func file(atPath path: String) throws -> TextOutput {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
        }
        return TextOutput(handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
    }

    /// Writes `text` as one piece.
    public func write(_ text: String) {
        lock.withLock { handle.write(Data(text.utf8)) }
    }

    /// Writes `bytes` as one piece.
    public func write(_ bytes: Data) {
        lock.withLock { handle.write(bytes) }
    }

    /// Writes `bytes` as one piece, without copying them into a `Data` first (a run's output is several times the
    /// size of its input).
    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none))
        }
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
        output.write(line.bytes)
    }
}
