import Foundation
import SanadTesting
import Testing

/// `examples/spark/sanad_spark.py` under Spark local mode: the whole corpus comes back annotated, partition by
/// partition. Needs a Python with PySpark (and Java): `SANAD_SPARK_PYTHON`, else `python3`; skipped otherwise.
@Suite struct SparkExampleTests {
    static let python: String? = {
        let candidates = [ProcessInfo.processInfo.environment["SANAD_SPARK_PYTHON"], "python3"].compactMap { $0 }
        return candidates.first { python in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [python, "-c", "import pyspark"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return false }
            process.waitUntilExit()
            return process.terminationStatus == 0
        }
    }()

    @Test(
        .enabled(
            if: python != nil,
            "PySpark is not installed: set SANAD_SPARK_PYTHON to a Python with pyspark to run the Spark example"))
    func theSparkExampleAnnotatesEveryDocumentOfAJSONLCorpus() throws {
        let directory = try TemporaryDirectory()
        let corpus = (1...6).map { #"{"id": "d\#($0)", "text": "قال الوزير إن الاتفاق رقم \#($0) نجح."}"# }
        let input = try directory.write("corpus.jsonl", corpus.joined(separator: "\n") + "\n")
        let output = directory.path + "/out"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            Self.python!, SanadBinary.packageRoot.path + "/examples/spark/sanad_spark.py", "--sanad", SanadBinary.url.path,
            "--pipeline", "arabic-normalize", "--partitions", "2", "--master", "local[2]", input, output,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let parts = try FileManager.default.contentsOfDirectory(atPath: output).filter { $0.hasPrefix("part-") }.sorted()
        let lines = try parts.flatMap { part in
            try String(contentsOfFile: output + "/" + part, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        let documents = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(documents.map { $0["id"] as? String } == (1...6).map { "d\($0)" })
        #expect(documents.allSatisfy { SpanAudit.violations(inOutputJSON: $0).isEmpty && $0["tokens"] != nil })
    }
}
