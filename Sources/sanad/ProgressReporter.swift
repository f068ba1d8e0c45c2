import Foundation
import Logging
import SanadCore

/// Tells how a long run is going: a line on stderr that rewrites itself when stderr is a terminal, otherwise a
/// `run.progress` log event every few seconds (so a pipeline in a script or a cluster job still shows signs of life).
final class ProgressReporter {
    private let totalBytes: Int?
    private let logger: Logger
    private let terminal: Bool
    /// How often the terminal line is redrawn, or events are logged, in nanoseconds.
    private let interval: UInt64
    private var lastReport: UInt64?
    private var drewLine = false

    /// Creates a reporter; `totalBytes` (of the input files) makes an ETA possible. Off a terminal, an event is
    /// logged every `eventInterval` seconds (0: after every document).
    init(totalBytes: Int?, logger: Logger, terminal: Bool, eventInterval: Double) {
        self.totalBytes = totalBytes
        self.logger = logger
        self.terminal = terminal
        interval = terminal ? 500_000_000 : UInt64(eventInterval * 1e9)
    }

    /// Takes the progress after a document; reports when the interval has passed since the start or the last report.
    func update(_ progress: Runner.Progress) {
        guard progress.elapsedNanoseconds - (lastReport ?? 0) >= interval else { return }
        lastReport = progress.elapsedNanoseconds
        let seconds = Double(progress.elapsedNanoseconds) / 1e9
        let megabytes = Double(progress.bytes) / 1e6
        let rate = seconds > 0 ? Double(progress.documents) / seconds : 0
        let eta = totalBytes.flatMap { total -> Double? in
            guard progress.bytes > 0, total > progress.bytes else { return nil }
            return seconds * Double(total - progress.bytes) / Double(progress.bytes)
        }
        if terminal {
            var line = String(format: "%d documents, %.1f MB, %.0f docs/s", progress.documents, megabytes, rate)
            if let eta { line += String(format: ", ETA %.0f s", eta) }
            FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
            drewLine = true
        } else {
            var metadata: Logger.Metadata = [
                "event": "run.progress", "documents": .stringConvertible(progress.documents),
                "mb": .stringConvertible((megabytes * 10).rounded() / 10),
                "docs_per_s": .stringConvertible((rate * 10).rounded() / 10),
            ]
            if let eta { metadata["eta_s"] = .stringConvertible(eta.rounded()) }
            logger.info("run.progress", metadata: metadata)
        }
    }

    /// Clears the terminal line, if one was drawn, before the summary.
    func finish() {
        if drewLine { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
