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

    @Test func aMessageThatSaysMoreThanTheEventNameIsKept() {
        let line = JSONLine.encode(record(["event": "document.failed"], message: "bad input").json)
        #expect(line.hasSuffix(#""event":"document.failed","msg":"bad input"}"#))
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

    @Test func aFileInAMissingDirectoryIsAnError() {
        #expect(throws: (any Error).self) { try TextOutput.file(atPath: "/no/such/dir/out.txt") }
    }
}
