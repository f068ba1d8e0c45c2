import Foundation
import Logging
import SanadTesting
import Testing

@testable import SanadCore

@Suite struct LogSinkTests {
    private func record(_ metadata: Logger.Metadata, message: String = "stage.done") -> LogRecord {
        LogRecord(timestamp: Date(timeIntervalSince1970: 0), level: .info, message: message, metadata: metadata)
    }

    @Test func numbersInMetadataStayNumbersInJSON() {
        let line = JSONLine.encode(record(["event": "stage.done", "tokens": .stringConvertible(12)]).json)
        #expect(line == #"{"ts":"1970-01-01T00:00:00.000Z","level":"info","event":"stage.done","tokens":12}"#)
    }

    @Test func metadataIntegersDoublesBoolsAndOtherValuesBecomeTheirJSONKinds() {
        let fields = record([
            "int": .stringConvertible(12), "double": .stringConvertible(0.25), "bool": .stringConvertible(true),
            "other": .stringConvertible(Int8(3)),
        ]).fields
        #expect(fields["int"] == .number(12))
        #expect(fields["double"] == .number(0.25))
        #expect(fields["bool"] == .bool(true))
        #expect(fields["other"] == .string("3"))
    }

    @Test func aMessageThatSaysMoreThanTheEventNameIsKept() {
        let line = JSONLine.encode(record(["event": "document.failed"], message: "bad input").json)
        #expect(line.hasSuffix(#""event":"document.failed","msg":"bad input"}"#))
    }

    @Test func aLogLineWrittenDirectlyIsTheEncodedEvent() {
        let records = [
            record(
                [
                    "event": "run.summary", "pipeline": "p", "doc": "d", "stage": "s", "zeta": "z", "alpha": .stringConvertible(1.5),
                    "stages": .array([.dictionary(["ms": .stringConvertible(2), "stage": "segment"])]),
                ], message: "done"),
            record(["event": "stage.done", "msg": "kept", "ts": "ignored", "level": "ignored"]),
            record(["event": "document.failed", "msg": "replaced"], message: "bad \"input\"\n"),
        ]
        for record in records {
            var line = JSONBuffer()
            record.writeJSON(into: &line)
            #expect(line.string == JSONLine.encode(record.json))
        }
    }

    @Test func theCallsMetadataWinsOverTheHandlersForAKeyInBoth() {
        let sink = MemoryLogSink()
        var logger = Logger(label: "test") { _ in EventLogHandler(sink: sink) }
        logger[metadataKey: "doc"] = "handler"
        logger[metadataKey: "stage"] = "segment"
        logger[metadataKey: "event"] = "handler.event"
        logger.info("m", metadata: ["doc": "call", "event": "call.event", "tokens": .stringConvertible(3)])
        logger.info("m", metadata: ["event": .stringConvertible(1)])
        let events = sink.events
        #expect(events[0].event == "call.event")
        #expect(events[0].fields == ["doc": "call", "stage": "segment", "tokens": 3])
        #expect(events[1].event == "log")
        #expect(events[1].fields == ["doc": "handler", "stage": "segment", "event": 1])
    }

    @Test func logTimestampsAreISO8601InUTCWithTruncatedMilliseconds() {
        let format = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        for seconds in [0, 0.0009999, 0.9996, 1_764_430_859.665, 1_764_430_859.6659, 1_764_430_859.9999, -0.5, -0.0001] {
            let date = Date(timeIntervalSince1970: seconds)
            var written = JSONBuffer()
            written.withWriter { LogTimestamp.write(date, into: &$0) }
            #expect(written.string == "\"\(format.format(date))\"")
        }
    }

    @Test func theTextFormatPutsOneEventOnOneLine() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/log.txt"
        TextLogSink(output: try TextOutput.file(atPath: path)).emit(
            record(["event": "stage.done", "stage": "segment", "doc": "a.txt", "tokens": .stringConvertible(3)]))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "info stage.done stage=segment doc=a.txt tokens=3\n")
    }
}

@Suite struct TextOutputTests {
    /// Writing must go into the file as it is, never replace it: `--output /dev/null` once turned the machine's
    /// `/dev/null` into a regular file. A symbolic link shows the difference without touching a device.
    @Test func openingALinkWritesThroughItWithoutReplacingIt() throws {
        let directory = try TemporaryDirectory(["target.txt": "old"])
        let link = directory.path + "/link.txt"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: directory.path + "/target.txt")
        try TextOutput.file(atPath: link).write("new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == directory.path + "/target.txt")
        #expect(try String(contentsOfFile: directory.path + "/target.txt", encoding: .utf8) == "new")
    }

    @Test func openingAnExistingFileTruncatesIt() throws {
        let directory = try TemporaryDirectory(["out.txt": "old contents that are longer"])
        let path = directory.path + "/out.txt"
        try TextOutput.file(atPath: path).write("new")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
    }

    @Test func bytesAreWrittenAsTheyAreAndNothingForNone() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/out.txt"
        let output = try TextOutput.file(atPath: path)
        output.write(Array("قال\n".utf8))
        output.write([UInt8]())
        output.write(Array("x".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "قال\nx")
    }

    @Test func aBufferedFileHoldsEverythingWrittenOnceFlushed() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/log.txt"
        let output = try TextOutput.file(atPath: path, buffered: true)
        for line in 0..<1000 { output.write("line \(line)\n") }
        output.flush()
        let expected = (0..<1000).map { "line \($0)\n" }.joined()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
    }

    @Test func aBufferedFileIsWrittenWithinTheFlushIntervalWithoutAFlush() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/log.txt"
        let output = try TextOutput.file(atPath: path, buffered: true)
        output.write("one event\n")
        var written = ""
        for _ in 0..<50 where written.isEmpty {
            try await Task.sleep(for: .milliseconds(20))
            written = try String(contentsOfFile: path, encoding: .utf8)
        }
        #expect(written == "one event\n")
        withExtendedLifetime(output) {}
    }

    @Test func aFileInAMissingDirectoryIsAnError() {
        #expect(throws: (any Error).self) { try TextOutput.file(atPath: "/no/such/dir/out.txt") }
    }
}
