import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file, standard input or a pipe line by line in large chunks, keeping only one chunk and one line in
/// memory.
final class LineReader: IteratorProtocol {
    /// The open file, kept so that its descriptor stays valid (nil for a descriptor the caller owns).
    private let handle: FileHandle?
    private let descriptor: Int32
    /// Bytes read at most at once: large for files, small for a child's pipe so each line comes as soon as it is
    /// written.
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where the search for the next line break resumes: the bytes before it hold none, so a long line read in many
    /// chunks is scanned once.
    private var searchFrom = 0
    private var atEnd = false

    /// Opens `path`, or standard input for `-`.
    init(path: String) throws {
        let handle = path == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        self.handle = handle
        descriptor = handle.fileDescriptor
        chunkSize = 1 << 20
    }

    /// Reads from the open file descriptor `descriptor` (a pipe from a child process), returning each line as soon
    /// as it is complete; the caller closes the descriptor after the end.
    init(fileDescriptor descriptor: Int32) {
        handle = nil
        self.descriptor = descriptor
        chunkSize = 1 << 16
    }

    /// The next line's bytes without its `\n` (or `\r\n`), and the byte offset where the line starts.
    private(set) var lineStart = 0
    private var consumed = 0

    func next() -> ArraySlice<UInt8>? {
        while true {
            if let newline = nextLineBreak() {
                let line = buffer[position..<newline]
                lineStart = consumed + position
                position = newline + 1
                searchFrom = position
                return line.last == 0x0D ? line.dropLast() : line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                lineStart = consumed + position
                position = buffer.count
                return line
            }
            consumed += position
            buffer.removeSubrange(0..<position)
            position = 0
            searchFrom = buffer.count
            if !readChunk() { atEnd = true }
        }
    }

    /// Where the next `\n` is in the buffer, at or after ``searchFrom``.
    private func nextLineBreak() -> Int? {
        let from = max(position, searchFrom)
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            memchr(bytes.baseAddress! + from, 0x0A, bytes.count - from).map {
                UnsafeRawPointer(bytes.baseAddress!).distance(to: UnsafeRawPointer($0))
            }
        }
    }

    /// Appends up to ``chunkSize`` bytes from the descriptor to the buffer; false at the end of the input (or on a
    /// read error, which ends it too).
    private func readChunk() -> Bool {
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunkSize) }
            if count >= 0 || errno != EINTR {
                buffer.removeSubrange((old + max(count, 0))...)
                return count > 0
            }
        }
    }
}
