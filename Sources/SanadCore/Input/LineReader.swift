import Foundation

/// Reads a file (or stdin) line by line in large chunks, keeping only one chunk and one line in memory.
final class LineReader: IteratorProtocol {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private static let chunkSize = 1 << 20

    /// Opens `path`, or standard input for `-`.
    init(path: String) throws {
        handle = path == "-" ? .standardInput : try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    }

    /// The next line's bytes without its `\n` (or `\r\n`), and the byte offset where the line starts.
    private(set) var lineStart = 0
    private var consumed = 0

    func next() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                let line = buffer[position..<newline]
                lineStart = consumed + position
                position = newline + 1
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
            let chunk = handle.readData(ofLength: Self.chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
