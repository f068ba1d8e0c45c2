import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes the `ts` of a log line: ISO 8601 in UTC with milliseconds (`2026-11-29T15:20:59.665Z`), the text
/// `Date.ISO8601FormatStyle(includingFractionalSeconds: true)` gives, without going through its calendar for every
/// event (a run logs one per stage and document).
enum LogTimestamp {
    /// Appends `date` as a JSON string; milliseconds are truncated.
    static func write(_ date: Date, into out: inout JSONBuffer) {
        let interval = date.timeIntervalSince1970
        let whole = interval.rounded(.down)
        var seconds = time_t(whole)
        // The fraction is taken apart from the seconds, as Foundation does, so both truncate alike.
        let fraction = min(999, Int((interval - whole) * 1000))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var text: [UInt8] = []
        text.reserveCapacity(26)
        func digits(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                text.append(UInt8(ascii: "0") + UInt8((value / divisor) % 10))
                divisor /= 10
            }
        }
        text.append(UInt8(ascii: "\""))
        digits(Int(parts.tm_year) + 1900, 4)
        text.append(UInt8(ascii: "-"))
        digits(Int(parts.tm_mon) + 1, 2)
        text.append(UInt8(ascii: "-"))
        digits(Int(parts.tm_mday), 2)
        text.append(UInt8(ascii: "T"))
        digits(Int(parts.tm_hour), 2)
        text.append(UInt8(ascii: ":"))
        digits(Int(parts.tm_min), 2)
        text.append(UInt8(ascii: ":"))
        digits(Int(parts.tm_sec), 2)
        text.append(UInt8(ascii: "."))
        digits(fraction, 3)
        text.append(contentsOf: "Z\"".utf8)
        text.withUnsafeBufferPointer { out.append($0) }
    }
}
