import Foundation
import SanadCore

/// Reads labelled sentiment files the way `shared/eval/sentiment_gold.py` does.
///
/// - **CSV** (RFC 4180: quoted fields may hold commas, doubled quotes and newlines) with a header row; the label
///   column is the first of `sentiment`, `label`, `polarity` and the text column the first of `tweet`, `text`,
///   `content`, `sentence` present (ArSarcasm: `dialect,sarcasm,sentiment,original_sentiment,tweet,source`).
/// - **TSV** without quoting: a header naming those columns, or else `idx, label, …, text` (label second, text last;
///   rows with fewer than three fields or starting with `idx` are skipped).
///
/// Labels are `positive`, `negative`, `neutral` in any case (or `pos`, `neg`, `neu`).
public enum LabelledTextReader {
    /// How the file separates fields.
    public enum Format: String, Sendable, CaseIterable {
        case csv, tsv

        /// The format a path's extension implies: `.csv` is CSV, anything else TSV (as `sentiment_gold.py` decides).
        public init(path: String) {
            self = path.lowercased().hasSuffix(".csv") ? .csv : .tsv
        }
    }

    static let labelColumns = ["sentiment", "label", "polarity"]
    static let textColumns = ["tweet", "text", "content", "sentence"]

    /// Reads the file at `path`, choosing the format from its extension.
    public static func read(path: String) throws(SentimentDataError) -> [LabelledText] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw SentimentDataError("cannot read \(path): \(error.localizedDescription)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SentimentDataError("\(path) is not UTF-8 text")
        }
        return try parse(text, format: Format(path: path), name: path)
    }

    /// Parses `text` in `format`; `name` appears in error messages.
    public static func parse(_ text: String, format: Format, name: String) throws(SentimentDataError) -> [LabelledText] {
        let rows = format == .csv ? CSVRows.parse(text) : tsvRows(text)
        guard let header = rows.first else { throw SentimentDataError("\(name) is empty") }
        let lowered = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let labelIndex = labelColumns.lazy.compactMap { lowered.firstIndex(of: $0) }.first
        let textIndex = textColumns.lazy.compactMap { lowered.firstIndex(of: $0) }.first
        var examples: [LabelledText] = []
        if let labelIndex, let textIndex {
            for row in rows.dropFirst() where !(row.fields.count == 1 && row.fields[0].isEmpty) {
                guard row.fields.count == header.fields.count else {
                    throw SentimentDataError(
                        "\(name) line \(row.line): \(row.fields.count) fields where the header has \(header.fields.count)")
                }
                var columns: [String: String] = [:]
                for (index, column) in lowered.enumerated() where index != labelIndex && index != textIndex {
                    columns[column] = row.fields[index]
                }
                examples.append(LabelledText(
                    label: try label(row.fields[labelIndex], name: name, line: row.line), text: row.fields[textIndex],
                    columns: columns))
            }
        } else if format == .tsv {
            for row in rows where row.fields.count >= 3 && row.fields[0] != "idx" {
                examples.append(LabelledText(
                    label: try label(row.fields[1], name: name, line: row.line), text: row.fields[row.fields.count - 1]))
            }
        } else {
            throw SentimentDataError(
                "\(name): the CSV header needs a label column (\(labelColumns.joined(separator: ", "))) and a text "
                    + "column (\(textColumns.joined(separator: ", ")))")
        }
        guard !examples.isEmpty else { throw SentimentDataError("\(name) holds no labelled rows") }
        return examples
    }

    private static func label(_ raw: String, name: String, line: Int) throws(SentimentDataError)
        -> SentimentScore.Polarity
    {
        switch raw.trimmingCharacters(in: .whitespaces).lowercased() {
        case "positive", "pos": return .positive
        case "negative", "neg": return .negative
        case "neutral", "neu": return .neutral
        default:
            throw SentimentDataError(
                "\(name) line \(line): label '\(raw)' is not one of: positive, negative, neutral")
        }
    }

    private static func tsvRows(_ text: String) -> [CSVRows.Row] {
        var rows: [CSVRows.Row] = []
        // Splitting on `isNewline` Characters handles both LF and CRLF (a CRLF pair is one Character).
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.isEmpty { continue }
            rows.append(CSVRows.Row(
                fields: line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init), line: index + 1))
        }
        return rows
    }
}
