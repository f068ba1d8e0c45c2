/// Turns a string into its code points in two tight passes over its UTF-8 bytes: one to count them, one to decode
/// them into an array of exactly that size.
///
/// `Array(text.unicodeScalars)` walks the string through its generic scalar iterator twice (to count, then to copy),
/// which made building ``Document/scalars`` a noticeable share of `sanad run` on a fast pipeline.
enum ScalarDecoding {
    /// The code points of `text`.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        // Native strings are already contiguous UTF-8; this only copies a bridged one.
        return text.withUTF8 { scalars(ofValidUTF8: $0) }
    }

    /// How many bytes of `utf8` continue a sequence (`10xxxxxx`), counted eight at a time.
    private static func continuationBytes(in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = utf8.baseAddress else { return 0 }
        var count = 0
        var index = 0
        while utf8.count - index >= 8 {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // A continuation byte has its top bit set and the next one clear.
            count += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            index += 8
        }
        while index < utf8.count {
            if utf8[index] & 0xC0 == 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// The code points of `utf8`, which must be well-formed UTF-8 (the bytes of a `String` are).
    static func scalars(ofValidUTF8 utf8: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        let count = utf8.count - continuationBytes(in: utf8)
        return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
            buffer.withMemoryRebound(to: UInt32.self) { values in
                var index = 0
                var written = 0
                let end = utf8.count
                while index < end {
                    let lead = UInt32(utf8[index])
                    if lead < 0x80 {
                        values[written] = lead
                        index += 1
                    } else if lead < 0xE0 {
                        values[written] = (lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0 {
                        values[written] =
                            (lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                        index += 3
                    } else {
                        values[written] =
                            (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                            | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
                        index += 4
                    }
                    written += 1
                }
                initialized = written
            }
        }
    }
}
