import Foundation
import SanadCore
import Testing
@testable import SanadStages

/// Training, evaluating, saving and loading the linear model.
struct SentimentModelTests {
    /// A tiny corpus whose classes are told apart by words: ten texts of each class, repeated.
    private static let corpus: [LabelledText] = {
        let positive = ["خبر رائع وجميل", "نجاح باهر", "يوم سعيد جدا", "فرحة كبيرة", "إنجاز ممتاز"]
        let negative = ["هجوم دموي", "خبر سيء ومؤلم", "كارثة مروعة", "فشل ذريع", "حزن عميق"]
        let neutral = ["الاجتماع يوم الأحد", "صدر العدد الجديد", "عقدت الجلسة", "وصل الوفد", "نشر التقرير"]
        var examples: [LabelledText] = []
        for round in 0..<4 {
            for index in 0..<5 {
                let suffix = round == 0 ? "" : " \(round)"
                examples.append(LabelledText(label: .positive, text: positive[index] + suffix, columns: ["dialect": "msa"]))
                examples.append(LabelledText(label: .negative, text: negative[index] + suffix, columns: ["dialect": "msa"]))
                examples.append(LabelledText(label: .neutral, text: neutral[index] + suffix, columns: ["dialect": "msa"]))
            }
        }
        return examples
    }()

    private static let parameters = TrainingParameters(
        features: FeatureConfiguration(hashBits: 12), iterations: 60, learningRate: 0.05, folds: 5)

    private func trainer(devEvery: Int) throws -> SentimentTrainer {
        try SentimentTrainer(resources: SentimentFixtures.resources, parameters: Self.parameters, devEvery: devEvery)
    }

    @Test func trainingThenEvaluatingRecoversTheLabelsOfATinyCorpus() throws {
        let result = try trainer(devEvery: 0).train(Self.corpus)
        let analyzer = try SentimentAnalyzer(resources: SentimentFixtures.resources, model: result.model)
        let evaluation = SentimentEvaluation.evaluate(Self.corpus, with: analyzer, language: .ar)
        #expect(evaluation.count == Self.corpus.count)
        #expect(evaluation.macroF1 > 0.95)
    }

    @Test func trainingReportsIterationsAndLowersTheLoss() throws {
        var losses: [Double] = []
        _ = try trainer(devEvery: 0).train(Self.corpus) { progress in
            if case .iteration(_, _, let loss) = progress { losses.append(loss) }
        }
        #expect(losses.count == Self.parameters.iterations * Self.parameters.folds)
        #expect(losses.last! < losses.first! / 2)
    }

    @Test func theDevSplitIsEveryTenthRowAndIsScoredPerGroup() throws {
        let result = try trainer(devEvery: 10).train(Self.corpus)
        #expect(result.devCount == 6)
        #expect(result.trainCount == 54)
        #expect(result.dev?.count == 6)
        #expect(result.devByGroup["msa"]?.count == 6)
        #expect(result.model.notes["dev_rule"] == "rows i with i % 10 == 9 (0-based)")
    }

    @Test func aSavedModelLoadsWithTheSameParametersAndPredictions() throws {
        let model = try trainer(devEvery: 0).train(Self.corpus).model
        let loaded = try SentimentModel(serialized: try model.serialized(), name: "round trip")
        #expect(loaded.features == model.features)
        #expect(loaded.combination == model.combination)
        #expect(loaded.notes == model.notes)
        let vector = FeatureHasher(configuration: model.features).vector(of: SentimentScanner.scan("نجاح باهر"))
        let before = model.probabilities(vector), after = loaded.probabilities(vector)
        #expect(abs(before.positive - after.positive) < 1e-3)
        #expect(abs(before.negative - after.negative) < 1e-3)
    }

    @Test func aWordLongerThanTheCacheKeepsIsSummedFromItsFeaturesNotFromItsFacts() throws {
        let model = try trainer(devEvery: 0).train(Self.corpus).model
        let hasher = FeatureHasher(configuration: model.features)
        let text = SentimentScanner.scan(String(repeating: "نجاح", count: 100))
        let word = try #require(text.tokens.first)
        #expect(word.length > WordCache.longestWord)
        let facts = [WordFacts](repeating: WordFacts(), count: text.tokens.count)
        let sums = hasher.sums(of: text, tokens: 0..<text.tokens.count, skipping: [], model: model, facts: facts)
        #expect(sums.weights == hasher.wordSums(of: word, in: text, model: model).weights)
    }

    @Test func aFileThatIsNotAModelIsRefusedWithItsName() {
        #expect(throws: SentimentResourceError(
            "notes.txt is not a Sanad sentiment model (it does not start with SANADSNT)")) {
            try SentimentModel(serialized: Data("hello, this is text".utf8), name: "notes.txt")
        }
    }

    @Test func aModelOfAnotherFormatVersionIsRefusedWithAWayOut() throws {
        var data = try trainer(devEvery: 0).train(Array(Self.corpus.prefix(6))).model.serialized()
        data[8] = 9
        #expect(throws: SentimentResourceError(
            "old.model is a version 9 sentiment model; this build reads version 2: retrain it with "
                + "`sanad train sentiment`")) {
            try SentimentModel(serialized: data, name: "old.model")
        }
    }

    @Test func theShippedModelIsSmall() throws {
        #expect(SentimentFixtures.resources.model.count < 3_000_000)
        #expect(SentimentFixtures.analyzer.model.features == FeatureConfiguration())
    }
}
