import Foundation

/// Writes events for people to read (`--log-format text`): one line per event, and the run summary as a table.
public struct TextLogSink: LogRecordSink {
    private let output: TextOutput

    /// Creates a sink writing to `output`.
    public init(output: TextOutput) { self.output = output }

    public func emit(_ event: LogRecord) {
        let fields = event.fields
        if event.event == RunSummary.eventName, case .array(let stages)? = fields["stages"] {
            output.write(Self.summaryTable(stages: stages, fields: fields))
            return
        }
        var line = "\(event.level.rawValue) \(event.event)"
        for key in JSONLine.logKeys.dropFirst(3) {
            if let value = fields[key] { line += " \(key)=\(Self.plain(value))" }
        }
        for key in fields.keys.sorted() where !JSONLine.logKeys.contains(key) {
            line += " \(key)=\(Self.plain(fields[key]!))"
        }
        if !event.message.isEmpty, event.message != event.event { line += ": \(event.message)" }
        output.write(line + "\n")
    }

    private static func plain(_ value: JSONValue) -> String {
        if case .string(let string) = value { return string.contains(" ") ? "\"\(string)\"" : string }
        return JSONLine.encode(value)
    }

    private static func summaryTable(stages: [JSONValue], fields: [String: JSONValue]) -> String {
        let columns = ["stage", "ms", "share", "docs", "chars_per_s", "tokens_per_s", "mb_per_s"]
        var rows = [columns]
        for case .object(let stage) in stages {
            rows.append(columns.map { stage[$0].map(plain) ?? "-" })
        }
        let widths = columns.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var table = "run summary: "
        let totals = ["documents", "failed", "ms", "reading_ms", "rendering_ms"]
        table += totals.compactMap { key in fields[key].map { "\(key)=\(plain($0))" } }.joined(separator: " ")
        table += "\n"
        for row in rows {
            let cells = row.enumerated().map { column, cell in
                column == 0
                    ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }
            table += "  " + cells.joined(separator: "  ") + "\n"
        }
        return table
    }
}
