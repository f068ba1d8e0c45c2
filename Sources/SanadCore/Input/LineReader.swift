import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file, standard input or a pipe line by line in large chunks, keeping only one chunk and one line in
/// memory.
final class LineReader: IteratorProtocol {
    private let readChunk: () -> [UInt8]
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where the search for the next line break resumes: the bytes before it hold none, so a long line read in many
    /// chunks is scanned once.
    private var searchFrom = 0
    private var atEnd = false
    private static let chunkSize = 1 << 20

    /// Opens `path`, or standard input for `-`.
    init(path: String) throws {
        let handle = path == "-" ? FileHandle.standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        readChunk = { Array(handle.readData(ofLength: Self.chunkSize)) }
    }

    /// Reads from the open file descriptor `descriptor` (a pipe from a child process), returning each line as soon
    /// as it is complete; the caller closes the descriptor after the end.
    init(fileDescriptor descriptor: Int32) {
        readChunk = {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count >= 0 { return Array(chunk[..<count]) }
                if errno != EINTR { return [] }
            }
        }
    }

    /// The next line's bytes without its `\n` (or `\r\n`), and the byte offset where the line starts.
    private(set) var lineStart = 0
    private var consumed = 0

    func next() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[max(position, searchFrom)...].firstIndex(of: 0x0A) {
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
            let chunk = readChunk()
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
