import ArgumentParser
import Logging
import SanadCore

/// `--log-format`, `--log-level` and `--log-file`: where a run's events go and how they look.
struct LoggingOptions: ParsableArguments {
    /// How events are written.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// One JSON object per line, for machines.
        case json
        /// One line per event and a summary table, for people.
        case text
    }

    @Option(name: .customLong("log-format"), help: "How log events are written: json (one object per line) or text.")
    var format: Format = .json

    @Option(name: .customLong("log-level"), help: "Lowest level logged: trace, debug, info, notice, warning, error, critical.")
    var level: Logger.Level = .info

    @Option(name: .customLong("log-file"), help: "Write log events to this file instead of standard error.")
    var file: String?

    /// A logger writing events as these options say, and where they go (to ``TextOutput/flush()`` at the end of a
    /// run: a log file is buffered).
    func makeLogger() throws -> (logger: Logger, output: TextOutput) {
        let output: TextOutput
        if let file {
            do {
                output = try TextOutput.file(atPath: file, buffered: true)
            } catch {
                throw ValidationError("cannot write the log file '\(file)': \(error.localizedDescription)")
            }
        } else {
            output = .standardError
        }
        let sink: any LogRecordSink = format == .json ? JSONLinesLogSink(output: output) : TextLogSink(output: output)
        let level = self.level
        return (Logger(label: "sanad") { _ in EventLogHandler(sink: sink, level: level) }, output)
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
