import Foundation
import SanadTesting

/// Runs the built `sanad` executable as a user would, capturing its output streams and exit status.
struct SanadBinary {
    /// What one invocation printed and returned.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String

        /// The stderr lines parsed as JSON log events (non-JSON lines are ignored).
        var events: [[String: Any]] {
            stderr.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }

        /// Standard output parsed as JSON; every document in it is audited with ``SpanAudit`` first.
        func json() throws -> Any {
            let value = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
            for document in (value as? [[String: Any]]) ?? [value as? [String: Any] ?? [:]] {
                try Self.audit(document)
            }
            return value
        }

        /// Standard output parsed as one JSON object per line, each audited with ``SpanAudit``.
        func jsonLines() throws -> [[String: Any]] {
            try stdout.split(separator: "\n").map {
                let document = try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
                try Self.audit(document)
                return document
            }
        }

        private static func audit(_ document: [String: Any]) throws {
            let violations = SpanAudit.violations(inOutputJSON: document)
            if !violations.isEmpty { throw SpanAuditFailure(violations: violations) }
        }
    }

    /// The package's root folder, for fixtures and the bundled examples.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The executable built next to the test bundle (`swift test` builds it because the test target depends on it).
    static let url: URL = {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("sanad"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sanad"),
            Bundle.main.bundleURL.appendingPathComponent("sanad"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// Runs `sanad` (or a copy of it at `executable`) with `arguments`, feeding `stdin`, in `directory` (the package
    /// root by default).
    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], in directory: URL? = nil,
        executable: URL = url
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SANAD_PIPELINE_PATH")
        env.merge(environment) { _, new in new }
        process.environment = env
        let input = Pipe()
        let output = Pipe()
        // stderr goes to a file, so reading stdout to its end can never dead-lock on a full stderr pipe.
        let errorPath = NSTemporaryDirectory() + "sanad-stderr-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorData = try Data(contentsOf: URL(fileURLWithPath: errorPath))
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }
}
