import Foundation
import SanadCore
import Testing

@testable import sanad

/// The package's `Pipelines/*.yaml` are compiled into the `sanad` binary, unchanged, and each is a usable entry.
@Suite struct BundledPipelinesTests {
    /// The package's `Pipelines` directory, found from this file.
    let directory = URL(filePath: #filePath).deletingLastPathComponent().appending(path: "../../Pipelines")
        .standardized

    @Test func bundledPipelinesAreTheFilesOfThePipelinesDirectory() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path(percentEncoded: false))
            .filter { $0.hasSuffix(".yaml") }
        let onDisk = try Dictionary(
            uniqueKeysWithValues: files.map { file in
                let text = try String(contentsOf: directory.appending(path: file), encoding: .utf8)
                return (String(file.dropLast(".yaml".count)), text)
            })
        #expect(onDisk.keys.contains("arabic-news"))
        #expect(onDisk.keys.contains("arabic-normalize"))
        #expect(PipelineCatalog.bundledPipelines == onDisk)
    }

    @Test func everyBundledPipelineIsArabicAndDescribed() throws {
        let entries = try PipelineCatalog(bundled: PipelineCatalog.bundledPipelines).entries()
        #expect(!entries.isEmpty)
        for entry in entries {
            #expect(entry.source == .bundled)
            #expect(entry.language == "ar")
            #expect((entry.description ?? "").count > 40, "\(entry.name) needs a real description")
        }
    }
}
