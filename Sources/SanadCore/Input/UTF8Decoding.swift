/// What to do with bytes that are not valid UTF-8.
public enum InvalidUTF8Policy: String, Sendable, CaseIterable {
    /// Refuse the document with an error naming the byte offset.
    case error
    /// Substitute U+FFFD for each bad sequence and warn.
    case replace
}

/// Turns bytes into text, finding where invalid UTF-8 starts when it does.
enum UTF8Decoding {
    /// The decoded text, and the offset of the first invalid byte when the input had to be repaired.
    static func decode(_ bytes: some Collection<UInt8>) -> (text: String, firstInvalidByte: Int?) {
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, nil)
        }
        return (String(decoding: bytes, as: UTF8.self), firstInvalidOffset(Array(bytes)))
    }

    /// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return bytes.count
            case .error: return offset
            }
        }
    }
}
