import Foundation

/// Headless Chromium (Debian's `chromium` package, which `.ci/run` installs): renders a page as a person would see
/// it, to a PNG or to the DOM after parsing.
enum Chromium {
    /// The browser's executable, or nil when it is not installed (the browser tests are then skipped).
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let directories = path.split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser"] {
            for directory in directories where FileManager.default.isExecutableFile(atPath: directory + "/" + name) {
                return directory + "/" + name
            }
        }
        return nil
    }()

    /// A browser run that took longer than this is stuck.
    static let timeout: TimeInterval = 120

    /// What went wrong running the browser.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Renders the page at `page` in a `width` × `height` window and saves what the window shows to `png`.
    static func screenshot(of page: String, to png: String, width: Int, height: Int) throws {
        _ = try run([
            "--screenshot=\(png)", "--window-size=\(width),\(height)", URL(fileURLWithPath: page).absoluteString,
        ])
        guard FileManager.default.fileExists(atPath: png) else {
            throw Failure(description: "chromium wrote no \(png)")
        }
    }

    /// The page's DOM after the browser parsed it, serialized as HTML.
    static func dom(of page: String) throws -> String {
        try run(["--dump-dom", URL(fileURLWithPath: page).absoluteString])
    }

    /// Runs the browser headless with its own throw-away profile, and returns what it printed on standard output.
    private static func run(_ arguments: [String]) throws -> String {
        guard let executable else { throw Failure(description: "chromium is not installed") }
        let profile = NSTemporaryDirectory() + "sanad-chromium-" + UUID().uuidString
        let outputPath = profile + ".out"
        defer {
            try? FileManager.default.removeItem(atPath: profile)
            try? FileManager.default.removeItem(atPath: outputPath)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--user-data-dir=\(profile)",
            ] + arguments
        // Standard output goes to a file, so a browser that hangs cannot block the read past the time-out.
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw Failure(description: "chromium did not finish within \(Int(timeout)) s")
        }
        guard process.terminationStatus == 0 else {
            throw Failure(description: "chromium exited with status \(process.terminationStatus)")
        }
        return try String(contentsOfFile: outputPath, encoding: .utf8)
    }
}

/// The header facts of a PNG file.
struct PNGInfo {
    let width: Int
    let height: Int
    let byteCount: Int

    /// Reads the signature and the `IHDR` chunk of the PNG at `path`.
    init(path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count > 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            throw Chromium.Failure(description: "\(path) is not a PNG file")
        }
        func bigEndian(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        width = bigEndian(16)
        height = bigEndian(20)
        byteCount = bytes.count
    }
}
