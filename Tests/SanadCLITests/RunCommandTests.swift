import Foundation
import SanadTesting
import Testing

/// `sanad run` end to end, on the built binary, as a user calls it.
@Suite struct RunCommandTests {
    let example = "Examples/arabic-news-article.txt"

    @Test func runsTheMainPipelineOnTheBundledExampleWithSpansThatSliceTheOriginal() throws {
        let result = try SanadBinary.run(["run", "arabic-news", example])
        #expect(result.status == 0)
        let document = try #require(try result.json() as? [String: Any])
        #expect(document["id"] as? String == example)
        #expect((document["sentences"] as? [Any])?.count ?? 0 >= 8)
        #expect((document["tokens"] as? [Any])?.count ?? 0 >= 150)
    }

    @Test func sentencesAndTokensSliceTheOriginalTextWithDiacriticsTatweelAndQuotes() throws {
        let text = "وأشـــــار الوزيرُ إلى أنّ “الاتفاق” تاريخي. وقال: «نعم»!"
        let result = try SanadBinary.run(["run", "arabic-normalize"], stdin: text)
        let document = try #require(try result.json() as? [String: Any])
        let scalars = Array(text.unicodeScalars)
        func slices(_ layer: String) -> [String] {
            (document[layer] as? [[String: Any]] ?? []).map {
                String(String.UnicodeScalarView(scalars[($0["start"] as! Int)..<($0["end"] as! Int)]))
            }
        }
        #expect(slices("sentences") == ["وأشـــــار الوزيرُ إلى أنّ “الاتفاق” تاريخي.", "وقال: «نعم»!"])
        #expect(slices("tokens").prefix(4) == ["وأشـــــار", "الوزيرُ", "إلى", "أنّ"])
        #expect(document["id"] as? String == "stdin")
    }

    @Test func jsonlInputStreamsOneOutputLinePerDocumentInOrder() throws {
        let corpus = (1...3).map { #"{"id": "n\#($0)", "text": "خبر رقم \#($0).", "source": "test"}"# }.joined(separator: "\n")
        let result = try SanadBinary.run(["run", "arabic-normalize", "--input-format", "jsonl", "--format", "jsonl"], stdin: corpus)
        #expect(result.status == 0)
        let lines = try result.jsonLines()
        #expect(lines.map { $0["id"] as? String } == ["n1", "n2", "n3"])
        #expect(lines.allSatisfy { $0["source"] as? String == "test" })
    }

    /// The `stage.done` events of a run's stderr, as `document stage` strings in the order they were logged.
    private func stageOrder(_ result: SanadBinary.Result) -> [String] {
        result.stderr.split(separator: "\n").compactMap { line in
            guard let event = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                event["event"] as? String == "stage.done", let doc = event["doc"] as? String,
                let stage = event["stage"] as? String
            else { return nil }
            return "\(doc) \(stage)"
        }
    }

    @Test func aCorpusFromAPipeGoesThroughTheStagesOneDocumentAtATime() throws {
        let corpus = (1...3).map { #"{"id": "n\#($0)", "text": "خبر."}"# }.joined(separator: "\n")
        let result = try SanadBinary.run(
            ["run", "arabic-normalize", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "1"], stdin: corpus)
        #expect(stageOrder(result) == [
            "n1 normalize", "n1 segment", "n2 normalize", "n2 segment", "n3 normalize", "n3 segment",
        ])
    }

    @Test func aLiveFeedOnStandardInputGetsADocumentWrittenBeforeTheNextArrives() throws {
        let process = Process()
        process.executableURL = SanadBinary.url
        process.arguments = ["run", "arabic-normalize", "--input-format", "jsonl", "--format", "jsonl", "--log-level", "error"]
        process.currentDirectoryURL = SanadBinary.packageRoot
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(#"{"id": "first", "text": "خبر أول."}\#n"#.utf8))
        // The first document's line must come while standard input is still open and silent.
        let firstLine = DispatchSemaphore(value: 0)
        let reader = Thread {
            var received = Data()
            while !received.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                received += chunk
            }
            firstLine.signal()
        }
        reader.start()
        let arrived = firstLine.wait(timeout: .now() + 60) == .success
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(arrived, "the first document was only written once the input went on")
        #expect(process.terminationStatus == 0)
    }

    @Test func aCorpusFileGoesThroughTheStagesInBatches() throws {
        let corpus = (1...3).map { #"{"id": "n\#($0)", "text": "خبر."}"# }.joined(separator: "\n")
        let directory = try TemporaryDirectory(["corpus.jsonl": corpus])
        let result = try SanadBinary.run(
            ["run", "arabic-normalize", directory.path + "/corpus.jsonl", "--input-format", "jsonl", "--format", "jsonl",
             "--jobs", "1"])
        #expect(stageOrder(result) == [
            "n1 normalize", "n1 segment", "n2 normalize", "n3 normalize", "n2 segment", "n3 segment",
        ])
    }

    @Test func jsonFormatPrintsAnArrayForADirectory() throws {
        let directory = try TemporaryDirectory(["a.txt": "أولاً.", "b.txt": "ثانياً."])
        let result = try SanadBinary.run(["run", "arabic-normalize", directory.path])
        let documents = try #require(try result.json() as? [[String: Any]])
        #expect(documents.map { $0["text"] as? String } == ["أولاً.", "ثانياً."])
    }

    @Test func anEmptyFileIsAnEmptyDocument() throws {
        let directory = try TemporaryDirectory(["empty.txt": ""])
        let result = try SanadBinary.run(["run", "arabic-normalize", directory.path + "/empty.txt"])
        #expect(result.status == 0)
        let document = try #require(try result.json() as? [String: Any])
        #expect(document["text"] as? String == "")
        #expect((document["tokens"] as? [Any])?.isEmpty == true)
    }

    @Test func invalidUTF8FailsNamingTheFileAndByteOffset() throws {
        let directory = try TemporaryDirectory([:])
        let path = try directory.write("bad.txt", bytes: Array("نص".utf8) + [0xFF])
        let result = try SanadBinary.run(["run", "arabic-normalize", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(path): invalid UTF-8 at byte offset 4"))
    }

    @Test func invalidUTF8CanBeReplacedWithAWarning() throws {
        let directory = try TemporaryDirectory([:])
        let path = try directory.write("bad.txt", bytes: Array("نص".utf8) + [0xFF])
        let result = try SanadBinary.run(["run", "arabic-normalize", path, "--invalid-utf8", "replace"])
        #expect(result.status == 0)
        #expect((try result.json() as? [String: Any])?["text"] as? String == "نص\u{FFFD}")
        #expect(result.events.contains { $0["event"] as? String == "input.repaired" && $0["byte_offset"] as? Int == 4 })
    }

    @Test func aMalformedJSONLLineIsSkippedWithItsLineNumberAndTheRunFails() throws {
        let corpus = "{\"id\": \"a\", \"text\": \"أ.\"}\n{oops\n{\"id\": \"c\", \"text\": \"ج.\"}\n"
        let result = try SanadBinary.run(
            ["run", "arabic-normalize", "--input-format", "jsonl", "--format", "jsonl", "--on-error", "skip"], stdin: corpus)
        #expect(result.status == 1)
        #expect(try result.jsonLines().map { $0["id"] as? String } == ["a", "c"])
        let failure = try #require(result.events.first { $0["event"] as? String == "document.failed" })
        #expect(failure["doc"] as? String == "-:2")
        #expect((failure["msg"] as? String)?.contains("-:2: invalid JSON") == true)
    }

    @Test func stopPolicyKeepsTheDocumentsAlreadyWritten() throws {
        let corpus = "{\"id\": \"a\", \"text\": \"أ.\"}\n{oops\n{\"id\": \"c\", \"text\": \"ج.\"}\n"
        let result = try SanadBinary.run(
            ["run", "arabic-normalize", "--input-format", "jsonl", "--format", "json"], stdin: corpus)
        #expect(result.status == 1)
        let documents = try #require(try result.json() as? [[String: Any]])
        #expect(documents.map { $0["id"] as? String } == ["a"])
    }

    @Test func everyStageLogsStageDoneAndTheRunEndsWithASummary() throws {
        let result = try SanadBinary.run(["run", "arabic-normalize", example])
        let events = result.events
        let done = events.filter { $0["event"] as? String == "stage.done" }
        #expect(done.map { $0["stage"] as? String } == ["normalize", "segment"])
        #expect(done.allSatisfy { $0["doc"] as? String == example && $0["ms"] is Double || $0["ms"] is Int })
        #expect((done[1]["tokens"] as? Int ?? 0) > 0)
        let summary = try #require(events.last)
        #expect(summary["event"] as? String == "run.summary")
        #expect((summary["stages"] as? [[String: Any]])?.map { $0["stage"] as? String } == ["normalize", "segment"])
    }

    @Test func theSummaryTellsTheTimeSpentReadingAndRenderingDocuments() throws {
        let corpus = (1...3).map { #"{"id": "n\#($0)", "text": "خبر رقم \#($0)."}"# }.joined(separator: "\n")
        let result = try SanadBinary.run(
            ["run", "arabic-normalize", "--input-format", "jsonl", "--format", "jsonl"], stdin: corpus)
        let summary = try #require(result.events.last)
        #expect(summary["event"] as? String == "run.summary")
        #expect((summary["reading_ms"] as? Double ?? 0) > 0)
        #expect((summary["rendering_ms"] as? Double ?? 0) > 0)
    }

    @Test func resultsAndLogsGoToTheFilesAskedFor() throws {
        let directory = try TemporaryDirectory([:])
        let output = directory.path + "/out.json"
        let log = directory.path + "/run.log"
        let result = try SanadBinary.run(["run", "arabic-normalize", example, "--output", output, "--log-file", log])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output)))
        #expect((document as? [String: Any])?["id"] as? String == example)
        #expect(try String(contentsOfFile: log, encoding: .utf8).contains("\"event\":\"run.summary\""))
    }

    @Test func textLogsEndWithASummaryTable() throws {
        let result = try SanadBinary.run(["run", "arabic-normalize", example, "--log-format", "text"])
        #expect(result.stderr.contains("info stage.done pipeline=arabic-normalize stage=normalize doc=\(example)"))
        #expect(result.stderr.contains("run summary: documents=1 failed=0"))
    }

    @Test func anUnknownPipelineIsRefusedBeforeAnyTextIsRead() throws {
        let result = try SanadBinary.run(["run", "arabic-nws", example])
        #expect(result.status == 1)
        #expect(result.stderr.contains("arabic-news"))
        #expect(result.stdout.isEmpty)
    }
}

/// Large inputs: one document of several megabytes goes through whole (`scripts/large-document.sh` runs the same
/// check at 50 MB on the release build; a debug build takes too long for the unit suite).
@Suite struct LargeDocumentTests {
    @Test func aMultiMegabyteDocumentIsProcessedWhole() throws {
        let article = try String(contentsOfFile: SanadBinary.packageRoot.path + "/Examples/arabic-news-article.txt", encoding: .utf8)
        let repeats = 2_000_000 / article.utf8.count + 1
        let text = String(repeating: article + "\n", count: repeats)
        let directory = try TemporaryDirectory()
        let path = try directory.write("large.txt", text)
        let result = try SanadBinary.run(["run", "arabic-normalize", path, "--format", "jsonl"])
        #expect(result.status == 0)
        let document = try #require(try result.jsonLines().first)
        let sentences = try #require(document["sentences"] as? [[String: Any]])
        #expect(sentences.count == 8 * repeats)
        #expect(sentences.last?["end"] as? Int == text.unicodeScalars.count - 2)  // the text ends with a blank line
    }
}

/// Parallel documents and progress, as seen from outside.
@Suite struct RunScaleTests {
    let corpus = (1...40).map { #"{"id": "n\#($0)", "text": "\#(String(repeating: "خبر عاجل. ", count: $0 % 7 + 1))"}"# }
        .joined(separator: "\n")

    @Test func parallelJobsKeepTheOutputInInputOrder() throws {
        let result = try SanadBinary.run(
            ["run", "arabic-normalize", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "4"], stdin: corpus)
        #expect(result.status == 0)
        #expect(try result.jsonLines().map { $0["id"] as? String } == (1...40).map { "n\($0)" })
        let summary = try #require(result.events.last)
        #expect(summary["documents"] as? Int == 40)
    }

    @Test func offATerminalProgressComesAsLogEventsNotALine() throws {
        let result = try SanadBinary.run(
            ["run", "arabic-normalize", "--input-format", "jsonl", "--format", "jsonl", "--progress-every", "0"],
            stdin: corpus)
        #expect(!result.stderr.contains("\r"))
        let progress = result.events.filter { $0["event"] as? String == "run.progress" }
        #expect(progress.count == 40)
        #expect(progress.last?["documents"] as? Int == 40)
    }

    @Test func byDefaultAShortRunLogsNoProgress() throws {
        let result = try SanadBinary.run(["run", "arabic-normalize", "--input-format", "jsonl"], stdin: corpus)
        #expect(!result.events.contains { $0["event"] as? String == "run.progress" })
    }
}
