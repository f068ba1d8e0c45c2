import Foundation
import SanadCore

/// Reads user gazetteer files: one name a line as `LABEL<TAB>name`, `#` comments and blank lines ignored.
///
/// LABEL is an entity type as the project writes it anywhere: `PERSON`/`PER`/`PERS`, `LOCATION`/`LOC`/`GPE`,
/// `ORGANIZATION`/`ORG`, or `MISC`. Names are matched like the built-in lists (normalized, with proclitics on the
/// first word): `LOCATION	نيو مكسيكو` also finds `ونيو مكسيكو`.
public enum GazetteerFile {
    /// The names in the file at `url`.
    public static func read(contentsOf url: URL) throws(GazetteerFileError) -> [Gazetteer.Name] {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GazetteerFileError(path: url.path, line: nil, message: "cannot read it as UTF-8 text: \(error.localizedDescription)")
        }
        do {
            return try parse(text)
        } catch {
            throw GazetteerFileError(path: url.path, line: error.line, message: error.message)
        }
    }

    /// The names in the text of a gazetteer file.
    public static func parse(_ text: String) throws(GazetteerFileError) -> [Gazetteer.Name] {
        var names: [Gazetteer.Name] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2 else {
                throw GazetteerFileError(path: nil, line: index + 1,
                                         message: "expected LABEL<TAB>name (for example `LOCATION\tالقاهرة`), got '\(line)'")
            }
            let labelText = fields[0].trimmingCharacters(in: .whitespaces)
            guard ["PERSON", "PER", "PERS", "LOCATION", "LOC", "GPE", "ORGANIZATION", "ORG", "MISC"]
                .contains(labelText.uppercased())
            else {
                throw GazetteerFileError(path: nil, line: index + 1,
                                         message: "unknown label '\(labelText)'; expected one of PERSON, LOCATION, ORGANIZATION, MISC")
            }
            let name = fields[1].trimmingCharacters(in: .whitespaces)
            names.append(Gazetteer.Name(text: name, label: EntityTag.label(conllType: Substring(labelText)), source: .lists))
        }
        return names
    }
}

/// Why a gazetteer file could not be read.
public struct GazetteerFileError: Error, CustomStringConvertible, Sendable {
    /// The file's path, when reading a file.
    public let path: String?
    /// The 1-based line of the problem, when it is one line's.
    public let line: Int?
    /// What is wrong and what to do about it.
    public let message: String

    public var description: String {
        [path, line.map { "line \($0)" }].compactMap { $0 }.joined(separator: ":") + (path == nil && line == nil ? "" : ": ")
            + message
    }
}
