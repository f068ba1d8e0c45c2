import Foundation

/// A fresh directory under the system's temporary folder, holding `files` (relative path → text), removed when the
/// value goes away: for tests that read or write files.
public final class TemporaryDirectory {
    /// The directory's path.
    public let path: String

    /// Creates the directory and writes `files` into it.
    public init(_ files: [String: String] = [:]) throws {
        path = NSTemporaryDirectory() + "sanad-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `bytes` to `name` inside the directory and returns the file's path.
    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Writes `text` as UTF-8 to `name` inside the directory and returns the file's path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String { try write(name, bytes: Array(text.utf8)) }
}
