import Foundation
import SanadCore
import SanadTesting
import Testing

@testable import sanad

/// The stage plugins under `Plugins/` as a user meets them: listed by `sanad stages`, usable by name in a pipeline,
/// and running from their example pipelines.
@Suite struct PluginCommandsTests {
    @Test func stagesListsBothPluginsWithTheirLayersAndOptions() throws {
        let result = try SanadBinary.run(["stages"])
        #expect(result.status == 0)
        for name in ["quantities", "keywords"] {
            #expect(result.stdout.contains("\n\(name) — ") || result.stdout.hasPrefix("\(name) — "))
        }
        #expect(result.stdout.contains("produces: quantities"))
        #expect(result.stdout.contains("requires: sentences, tokens\n  produces: keywords"))
        #expect(result.stdout.contains("counted_nouns (bool, default true)"))
    }

    @Test func theLinkedPluginStagesAreRegisteredOnceEachNextToTheBuiltIns() {
        #expect(linkedPluginStages.map { $0.name }.sorted() == ["keywords", "quantities"])
        #expect(StageCatalog.registry.names.count == StageCatalog.all.count)
        #expect(StageCatalog.registry.stage(named: "quantities") != nil)
    }

    @Test func everyLinkedStagesOptionsEncodeToTheirDocumentedKeys() throws {
        for stage in linkedPluginStages {
            #expect(Set(stage.defaultOptionValues.keys) == Set(stage.optionDocumentation.map(\.key)), "\(stage.name)")
        }
    }

    @Test(arguments: ["Plugins/Quantities/quantities.yaml", "Plugins/Keywords/keywords.yaml"])
    func theExamplePipelinesValidate(path: String) throws {
        let result = try SanadBinary.run(["validate", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\(path): ok"))
    }

    @Test func theQuantitiesExampleOutputsLayersQuantities() throws {
        let result = try SanadBinary.run(
            ["run", "Plugins/Quantities/quantities.yaml"], stdin: "قتل أكثر من 300 جندي، وبلغت الخسائر 12 مليار دولار.")
        #expect(result.status == 0)
        let document = try #require(try result.json() as? [String: Any])
        let layers = try #require(document["layers"] as? [String: Any])
        let quantities = try #require(layers["quantities"] as? [[String: Any]])
        #expect(quantities.map { $0["text"] as? String } == ["أكثر من 300 جندي", "12 مليار دولار"])
        #expect(quantities.map { $0["kind"] as? String } == ["count", "money"])
        #expect(quantities.last?["value"] as? Int == 12_000_000_000)
    }

    @Test func theKeywordsExampleOutputsLayersKeywords() throws {
        let text = "تصعيد في قطاع غزة. وقال مسؤولون إن الغارات على قطاع غزة استمرت. وطالبت الأمم المتحدة بوقف القتال."
        let result = try SanadBinary.run(["run", "Plugins/Keywords/keywords.yaml"], stdin: text)
        #expect(result.status == 0)
        let document = try #require(try result.json() as? [String: Any])
        let keywords = try #require((document["layers"] as? [String: Any])?["keywords"] as? [[String: Any]])
        #expect(keywords.first?["text"] as? String == "قطاع غزة")
        #expect((keywords.first?["occurrences"] as? [Any])?.count == 2)
    }

    @Test func aPipelineUsesAPluginStageByNameAndItsOptionsAreChecked() throws {
        let pipeline = """
            name: money
            description: Money amounts only.
            language: ar
            extends: arabic-normalize
            stages:
              - use: quantities
                with: {kinds: [money, monies]}
            """
        let directory = try TemporaryDirectory(["money.yaml": pipeline])
        let result = try SanadBinary.run(["validate", directory.path + "/money.yaml"])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("expected one of: number, count, money, percent, measure, duration, date, range"))
    }
}
