import Foundation
import SanadTesting
import Testing

/// `sanad train entities` and `sanad eval entities`, on the built binary.
@Suite struct EntitiesCommandsTests {
    /// Two hand-written gold sentences in ANERcorp's `token TAG` format.
    static let gold = """
        وقال O
        الرئيس O
        الفرنسي O
        جاك B-PERS
        شيراك I-PERS
        في O
        باريس B-LOC
        إن O
        الأمم B-ORG
        المتحدة I-ORG
        . O

        وزار O
        كوفي B-PERS
        أنان I-PERS
        القاهرة B-LOC
        . O
        """

    @Test func evalPrintsTheScorersTableEndingInMicroF1() throws {
        let directory = try TemporaryDirectory(["gold.conll": Self.gold])
        let result = try SanadBinary.run(["eval", "entities", "--gold", directory.path + "/gold.conll"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "2 sentences, 1 document")
        #expect(lines.dropFirst().prefix(3).map { $0.prefix(3) } == ["LOC", "ORG", "PER"])
        #expect(lines.last?.hasPrefix("micro-F1 ") == true)
    }

    @Test func trainWritesAModelThatEvalLoads() throws {
        let directory = try TemporaryDirectory(["gold.conll": Self.gold])
        let data = directory.path + "/gold.conll", model = directory.path + "/model.sanadner"
        let trained = try SanadBinary.run(
            ["train", "entities", "--data", data, "--dev", data, "--out", model, "--epochs", "2", "--members", "1"])
        #expect(trained.status == 0, "\(trained.stderr)")
        #expect(trained.stdout.contains("perceptron 1/1 pass 2/2"))
        #expect(trained.stdout.contains("model written to \(model)"))
        let evaluated = try SanadBinary.run(["eval", "entities", "--gold", data, "--model", model, "--gold-tokens"])
        #expect(evaluated.status == 0, "\(evaluated.stderr)")
        #expect(evaluated.stdout.split(separator: "\n").last?.hasPrefix("micro-F1 ") == true)
    }

    @Test func evalNamesAMissingGoldFile() throws {
        let result = try SanadBinary.run(["eval", "entities", "--gold", "/nonexistent/gold.conll"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/gold.conll"))
    }
}
