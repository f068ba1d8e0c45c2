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
    static func write(_ date: Date, into out: inout JSONWriter) {
        let interval = date.timeIntervalSince1970
        let whole = interval.rounded(.down)
        var seconds = time_t(whole)
        // The fraction is taken apart from the seconds, as Foundation does, so both truncate alike.
        let fraction = min(999, Int((interval - whole) * 1000))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        // Written in place: `"2026-11-29T15:20:59.665Z"` is 26 bytes.
        out.write(upTo: 26) { text in
            var count = 0
            func byte(_ value: UInt8) {
                text[count] = value
                count += 1
            }
            func digits(_ value: Int, _ width: Int) {
                var divisor = 1
                for _ in 1..<width { divisor *= 10 }
                while divisor > 0 {
                    byte(UInt8(ascii: "0") + UInt8((value / divisor) % 10))
                    divisor /= 10
                }
            }
            byte(UInt8(ascii: "\""))
            digits(Int(parts.tm_year) + 1900, 4)
            byte(UInt8(ascii: "-"))
            digits(Int(parts.tm_mon) + 1, 2)
            byte(UInt8(ascii: "-"))
            digits(Int(parts.tm_mday), 2)
            byte(UInt8(ascii: "T"))
            digits(Int(parts.tm_hour), 2)
            byte(UInt8(ascii: ":"))
            digits(Int(parts.tm_min), 2)
            byte(UInt8(ascii: ":"))
            digits(Int(parts.tm_sec), 2)
            byte(UInt8(ascii: "."))
            digits(fraction, 3)
            byte(UInt8(ascii: "Z"))
            byte(UInt8(ascii: "\""))
            return count
        }
    }
}
