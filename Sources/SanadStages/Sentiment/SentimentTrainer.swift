import Foundation
import SanadCore

/// Trains the Arabic sentiment model from labelled texts (what `sanad train sentiment` runs).
///
/// Procedure: every `devEvery`-th row (rows `devEvery − 1`, `2·devEvery − 1`, … counting from 0) is held out as
/// dev, the rest is the train split. Features of the train split are hashed (``FeatureHasher``) and cut into
/// `parameters.folds` folds (row `j` of the split in fold `j % folds`); one logistic regression is fitted without each
/// fold (``LogisticRegressionTrainer``) and predicts the fold it did not see. The shipped model averages the fold
/// models' weights (an ensemble, since averaging linear models averages their logits), and the lexicon weight and
/// the two class biases are tuned for macro-F1 on the out-of-fold predictions of the whole train split
/// (``CombinationTuning``; tuning on the MSA rows alone scored no better in 10-fold cross-validation). The dev split is never used for fitting or tuning: its figures, overall and per value of
/// `groupColumn` (ArSarcasm's `dialect`, so MSA rows get their own line), are those of unseen texts. With
/// `devEvery` 0 every row trains.
public struct SentimentTrainer: Sendable {
    /// Model and optimizer settings.
    public var parameters: TrainingParameters
    /// Every how many rows one goes to dev (0: no dev split).
    public var devEvery: Int
    /// The column whose values get their own dev figures.
    public var groupColumn: String

    /// The lexicon matcher whose hits the model skips and whose evidence the combination weighs.
    let matcher: ArabicLexiconMatcher

    /// Creates a trainer whose combination tuning uses the lexicon and modifiers of `resources`.
    public init(
        resources: SentimentResources, parameters: TrainingParameters = TrainingParameters(), devEvery: Int = 10,
        groupColumn: String = "dialect"
    ) throws(SentimentResourceError) {
        matcher = try ArabicLexiconMatcher(resources: resources)
        self.parameters = parameters
        self.devEvery = devEvery
        self.groupColumn = groupColumn
    }

    /// What happened during training, for progress output.
    public enum Progress: Sendable {
        /// Features were extracted for this many train and dev texts.
        case features(train: Int, dev: Int)
        /// The model without fold `fold` (of `folds`) is being fitted.
        case fold(Int, of: Int)
        /// One optimizer iteration finished with this mean training loss.
        case iteration(Int, of: Int, loss: Double)
        /// The combination was tuned on the out-of-fold predictions, with these figures there.
        case tuned(ScoreCombination, SentimentEvaluation)
    }

    /// A trained model and how it did on dev.
    public struct Result: Sendable {
        /// The model, with its tuned combination and notes on how it was made.
        public var model: SentimentModel
        /// Number of train and dev texts.
        public var trainCount: Int
        public var devCount: Int
        /// Figures of the out-of-fold predictions on the train split, with the tuned combination.
        public var outOfFold: SentimentEvaluation
        /// Dev figures over all dev rows (nil without a dev split).
        public var dev: SentimentEvaluation?
        /// Dev figures per value of the group column.
        public var devByGroup: [String: SentimentEvaluation]
    }

    /// Whether row `index` belongs to dev.
    public func isDev(_ index: Int) -> Bool { devEvery > 0 && index % devEvery == devEvery - 1 }

    /// Trains on `examples`.
    public func train(_ examples: [LabelledText], progress: (Progress) -> Void = { _ in }) throws(SentimentDataError)
        -> Result
    {
        let train = examples.indices.filter { !isDev($0) }.map { examples[$0] }
        let dev = examples.indices.filter(isDev).map { examples[$0] }
        let folds = parameters.folds
        guard folds >= 2 else { throw SentimentDataError("training needs at least 2 folds, not \(folds)") }
        guard train.count >= folds else {
            throw SentimentDataError("\(train.count) training rows cannot make \(folds) folds")
        }
        let hasher = FeatureHasher(configuration: parameters.features)
        var vectors: [SparseVector] = []
        var evidence: [Double] = []
        for example in train {
            let text = SentimentScanner.scan(example.text)
            let lexicon = matcher.analyze(text, tokens: 0..<text.tokens.count)
            vectors.append(hasher.vector(of: text, skipping: lexicon.negatedTokens))
            evidence.append(lexicon.evidence)
        }
        progress(.features(train: train.count, dev: dev.count))
        let labels = train.map { SentimentScore.Polarity.allCases.firstIndex(of: $0.label)! }
        let fitter = LogisticRegressionTrainer(parameters: parameters)
        var weights = [Float](repeating: 0, count: parameters.features.bucketCount * SentimentModel.classCount)
        var bias = [Float](repeating: 0, count: SentimentModel.classCount)
        var outOfFold = [(positive: Double, negative: Double, neutral: Double)](repeating: (0, 0, 1), count: train.count)
        for fold in 0..<folds {
            progress(.fold(fold, of: folds))
            let kept = train.indices.filter { $0 % folds != fold }
            let fitted = fitter.fit(kept.map { vectors[$0] }, labels: kept.map { labels[$0] }) { iteration, loss in
                progress(.iteration(iteration, of: parameters.iterations, loss: loss))
            }
            let model = SentimentModel(
                features: parameters.features, weights: fitted.weights, bias: fitted.bias,
                combination: ScoreCombination.modelOnly)
            for row in stride(from: fold, to: train.count, by: folds) { outOfFold[row] = model.probabilities(vectors[row]) }
            for index in weights.indices { weights[index] += fitted.weights[index] / Float(folds) }
            for index in bias.indices { bias[index] += fitted.bias[index] / Float(folds) }
        }
        let tuned = CombinationTuning.tune(probabilities: outOfFold, lexicon: evidence, gold: train.map(\.label))
        progress(.tuned(tuned.combination, tuned.evaluation))
        var model = SentimentModel(
            features: parameters.features, weights: weights, bias: bias, combination: tuned.combination)
        var devEvaluation: SentimentEvaluation?
        var byGroup: [String: SentimentEvaluation] = [:]
        if !dev.isEmpty {
            let scorer = ArabicSentimentScorer(matcher: matcher, model: model)
            let predicted = dev.map { scorer.parts(of: $0.text).label }
            devEvaluation = SentimentEvaluation(gold: dev.map(\.label), predicted: predicted)
            byGroup = SentimentEvaluation.byGroup(dev, predicted: predicted, column: groupColumn)
        }
        model.notes = notes(
            trainCount: train.count, devCount: dev.count, outOfFold: tuned.evaluation, dev: devEvaluation,
            byGroup: byGroup)
        return Result(
            model: model, trainCount: train.count, devCount: dev.count, outOfFold: tuned.evaluation,
            dev: devEvaluation, devByGroup: byGroup)
    }

    private func notes(
        trainCount: Int, devCount: Int, outOfFold: SentimentEvaluation, dev: SentimentEvaluation?,
        byGroup: [String: SentimentEvaluation]
    ) -> [String: String] {
        var notes = [
            "train_rows": String(trainCount),
            "dev_rule": devEvery > 0 ? "rows i with i % \(devEvery) == \(devEvery - 1) (0-based)" : "none",
            "dev_rows": String(devCount),
            "iterations": String(parameters.iterations),
            "learning_rate": String(parameters.learningRate),
            "l2": String(parameters.l2),
            "balance_classes": String(parameters.balanceClasses),
            "naive_bayes_scaling": String(parameters.naiveBayesScaling),
            "folds": String(parameters.folds),
            "tuned_on": "out-of-fold predictions of the train rows",
            "out_of_fold_macro_f1": String(format: "%.4f", outOfFold.macroF1),
        ]
        if let dev { notes["dev_macro_f1"] = String(format: "%.4f", dev.macroF1) }
        for (group, evaluation) in byGroup { notes["dev_macro_f1_\(group)"] = String(format: "%.4f", evaluation.macroF1) }
        return notes
    }
}
