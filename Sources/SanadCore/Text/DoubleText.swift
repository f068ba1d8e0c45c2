/// The text of a `Double` (its `description`), gathered in place: `Double.write(to:)` hands its digits to
/// `_writeASCII`, where `description` puts them in a `String`, allocated when longer than 15 bytes — as most
/// sentiment scores and confidences are (`-0.4660794625969358`), a hundred thousand allocations on 10 MB of news.
///
/// Should a standard library write through `write(_:)` instead, the same text arrives there.
struct DoubleText: TextOutputStream {
    /// Room for the longest description, 24 bytes (`-2.2250738585072014e-308`).
    private var bytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    private var count = 0

    mutating func write(_ string: String) {
        for byte in string.utf8 { append(byte) }
    }

    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
        for byte in buffer { append(byte) }
    }

    private mutating func append(_ byte: UInt8) {
        precondition(count < MemoryLayout.size(ofValue: bytes), "a Double's description is at most 24 bytes")
        withUnsafeMutableBytes(of: &bytes) { $0[count] = byte }
        count += 1
    }

    /// Calls `body` with the text's UTF-8 bytes.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeBytes(of: bytes) { body(UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[..<count])) }
    }
}
