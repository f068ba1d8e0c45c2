import Foundation
import SanadCore
import Testing
@testable import SanadStages

/// The training procedure: fold models, out-of-fold tuning, a dev split that is never fitted or tuned on, and
/// cross-validation of the whole procedure.
struct SentimentTrainingProcedureTests {
    /// Six short texts per class, each repeated with a different number, all MSA.
    private static let corpus: [LabelledText] = {
        let texts: [(SentimentScore.Polarity, String)] = [
            (.positive, "خبر رائع وجميل"), (.positive, "نجاح باهر"), (.positive, "فرحة كبيرة"),
            (.negative, "هجوم دموي"), (.negative, "كارثة مروعة"), (.negative, "فشل ذريع"),
            (.neutral, "الاجتماع يوم الأحد"), (.neutral, "صدر العدد الجديد"), (.neutral, "وصل الوفد"),
        ]
        return (0..<4).flatMap { round in
            texts.map { LabelledText(label: $0.0, text: "\($0.1) \(round)", columns: ["dialect": "msa"]) }
        }
    }()

    private static let parameters = TrainingParameters(
        features: FeatureConfiguration(hashBits: 12), iterations: 40, learningRate: 0.05, folds: 3)

    private func trainer(devEvery: Int = 0) throws -> SentimentTrainer {
        try SentimentTrainer(resources: SentimentFixtures.resources, parameters: Self.parameters, devEvery: devEvery)
    }

    @Test func oneModelIsFittedPerFoldAndTheCombinationIsTunedOnTheirOutOfFoldPredictions() throws {
        var folds: [Int] = []
        var tunedOn: Int?
        let result = try trainer().train(Self.corpus) { progress in
            switch progress {
            case .fold(let fold, _): folds.append(fold)
            case .tuned(_, let evaluation): tunedOn = evaluation.count
            default: break
            }
        }
        #expect(folds == [0, 1, 2])
        #expect(tunedOn == Self.corpus.count)
        #expect(result.outOfFold.count == Self.corpus.count)
        #expect(result.model.notes["folds"] == "3")
    }

    @Test func devLabelsNeverReachTheModel() throws {
        let relabelled = Self.corpus.enumerated().map { index, example in
            var changed = example
            if index % 10 == 9 { changed.label = example.label == .positive ? .negative : .positive }
            return changed
        }
        let original = try trainer(devEvery: 10).train(Self.corpus).model
        let other = try trainer(devEvery: 10).train(relabelled).model
        #expect(original.combination == other.combination)
        #expect(original.quantized == other.quantized)
    }

    @Test func trainingIsDeterministic() throws {
        let first = try trainer().train(Self.corpus).model.serialized()
        let second = try trainer().train(Self.corpus).model.serialized()
        #expect(first == second)
    }

    @Test func tooFewRowsForTheFoldsAreRefused() {
        #expect(throws: SentimentDataError("2 training rows cannot make 3 folds")) {
            try trainer().train(Array(Self.corpus.prefix(2)))
        }
    }

    @Test func crossValidationScoresEveryFoldOnRowsItDidNotTrainOn() throws {
        var heldOut: [Int] = []
        let validation = try SentimentCrossValidation(trainer: trainer(), examples: Self.corpus, folds: 4) { _, figures in
            heldOut.append(figures.overall.count)
        }
        #expect(heldOut == [9, 9, 9, 9])
        #expect(validation.folds.allSatisfy { $0.byGroup["msa"]?.count == 9 })
        #expect(validation.summary(\.macroF1).mean > 0.8)
        #expect(validation.report.split(separator: "\n").map { $0.prefix(4) } == ["all ", "msa:"])
    }

    @Test func crossValidationNeedsAtLeastTwoFolds() throws {
        #expect(throws: SentimentDataError("cross-validation needs 2 to 36 folds, not 1")) {
            try SentimentCrossValidation(trainer: trainer(), examples: Self.corpus, folds: 1)
        }
    }
}
