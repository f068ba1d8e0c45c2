import Foundation
import Testing
import SanadCore
@testable import SanadStages

@Suite("entities: model files")
struct EntitiesModelTests {
    static let trainingData = EntitiesFixture.sentences("""
        وقال O
        الرئيس O
        الفرنسي O
        جاك B-PERS
        شيراك I-PERS
        في O
        باريس B-LOC

        أعلنت O
        منظمة B-ORG
        الصحة I-ORG
        العالمية I-ORG
        """)

    static func smallModel() -> EntityModel {
        var configuration = PerceptronTrainer.Configuration()
        configuration.members = 1
        configuration.folds = 1
        configuration.pruneBelow = 0
        return PerceptronTrainer.train(trainingData, configuration: configuration, provenance: "test fixture")
    }

    @Test func aSavedModelLoadsBackIdentical() throws {
        let model = Self.smallModel()
        let loaded = try EntityModel(serialized: model.serialized())
        #expect(loaded.serialized() == model.serialized())
        #expect(loaded.provenance == "test fixture")
        #expect(loaded.trainingNames == model.trainingNames)
        let tokens = ["وقال", "الرئيس", "الفرنسي", "جاك", "شيراك", "في", "باريس"]
        #expect(EntityRecognizer(model: loaded).tags(tokens) == EntityRecognizer(model: model).tags(tokens))
    }

    @Test func aModelFileRoundTripsThroughDisk() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entities-\(UUID().uuidString).sanadner")
        defer { try? FileManager.default.removeItem(at: url) }
        let model = Self.smallModel()
        try model.serialized().write(to: url)
        #expect(try EntityModel(contentsOf: url).serialized() == model.serialized())
    }

    @Test func aFileOfAnotherKindIsRefused() {
        #expect { try EntityModel(serialized: Data("token TAG\n".utf8)) } throws: { error in
            (error as? EntityModelError)?.message.contains("not an entity model file") == true
        }
    }

    @Test func aTruncatedModelIsRefused() {
        let data = Self.smallModel().serialized()
        #expect { try EntityModel(serialized: data.prefix(data.count / 2)) } throws: { error in
            (error as? EntityModelError)?.message.contains("ends too early") == true
        }
    }

    @Test func aModelOfAnotherFormatVersionIsRefusedWithAHint() {
        var data = Self.smallModel().serialized()
        data[8] = 99
        #expect { try EntityModel(serialized: data) } throws: { error in
            (error as? EntityModelError)?.message.contains("retrain it with `sanad train entities`") == true
        }
    }

    @Test func aMissingModelFileNamesItsPath() {
        #expect { try EntityModel(contentsOf: URL(fileURLWithPath: "/nonexistent/model.sanadner")) } throws: { error in
            (error as? EntityModelError)?.message.contains("/nonexistent/model.sanadner") == true
        }
    }

    @Test func theShippedModelLoadsQuicklyAndIsSmall() throws {
        let data = try #require(BuiltinEntityModel.data())
        #expect(data.count < 5_000_000)
        let start = Date()
        let model = try EntityModel(serialized: data)
        _ = EntityRecognizer(model: model)
        #expect(Date().timeIntervalSince(start) < 0.5)
        #expect(model.featureCount > 10_000)
    }
}
