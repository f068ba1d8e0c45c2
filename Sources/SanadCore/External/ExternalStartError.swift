import Foundation

/// Why an external stage's plugin could not be started: the process did not run, or did not complete its handshake.
public struct ExternalStartError: Error, CustomStringConvertible, Sendable {
    /// What went wrong and what to do about it.
    public let message: String

    /// An error with a message a pipeline author can act on.
    public init(_ message: String) { self.message = message }

    /// `posix_spawn` failed with `code` for `command`, run in `directory`.
    init(spawnFailure code: Int32, command: [String], directory: String?) {
        let program = command[0]
        let reason = String(cString: strerror(code))
        if let directory, !FileManager.default.fileExists(atPath: directory) {
            message = "cannot run `\(Self.describe(command))`: its working directory \(directory) does not exist"
        } else if program.contains("/") {
            let base =
                program.hasPrefix("/") ? "" : " (relative to \(directory ?? FileManager.default.currentDirectoryPath))"
            message = "cannot run `\(Self.describe(command))`: \(program)\(base): \(reason)"
        } else {
            message = "cannot run `\(Self.describe(command))`: \(program): \(reason) (looked for it on PATH)"
        }
    }

    /// A command line as a user would type it.
    static func describe(_ command: [String]) -> String {
        command.map { argument in
            argument.isEmpty || argument.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" })
                ? "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'" : argument
        }.joined(separator: " ")
    }

    public var description: String { message }
}
