import Foundation
import SanadCore

/// Trains the Arabic sentiment model from labelled texts (what `sanad train sentiment` runs).
///
/// Procedure: every `devEvery`-th row (rows `devEvery − 1`, `2·devEvery − 1`, … counting from 0) is held out as
/// dev, the rest is the train split. Features of the train split are hashed (``FeatureHasher``) and the logistic
/// regression is fitted (``LogisticRegressionTrainer``); then the lexicon weight and the two class biases are
/// tuned for macro-F1 on the dev split (``CombinationTuning``), and the dev figures are measured with them, overall
/// and per value of `groupColumn` (ArSarcasm's `dialect`, so MSA rows get their own line). With `devEvery` 0 all
/// rows train and the untuned default combination is kept.
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
        /// One optimizer iteration finished with this mean training loss.
        case iteration(Int, of: Int, loss: Double)
        /// The combination was tuned on dev.
        case tuned(ScoreCombination)
    }

    /// A trained model and how it did on dev.
    public struct Result: Sendable {
        /// The model, with its tuned combination and notes on how it was made.
        public var model: SentimentModel
        /// Number of train and dev texts.
        public var trainCount: Int
        public var devCount: Int
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
        guard !train.isEmpty else { throw SentimentDataError("no training rows left after the dev split") }
        let hasher = FeatureHasher(configuration: parameters.features)
        let vectors = train.map { example in
            let text = SentimentScanner.scan(example.text)
            return hasher.vector(of: text, skipping: matcher.analyze(text, tokens: 0..<text.tokens.count).negatedTokens)
        }
        progress(.features(train: train.count, dev: dev.count))
        let labels = train.map { SentimentScore.Polarity.allCases.firstIndex(of: $0.label)! }
        let fitted = LogisticRegressionTrainer(parameters: parameters).fit(vectors, labels: labels) { iteration, loss in
            progress(.iteration(iteration, of: parameters.iterations, loss: loss))
        }
        var model = SentimentModel(
            features: parameters.features, weights: fitted.weights, bias: fitted.bias,
            combination: CombinationTuning.untuned)
        var devEvaluation: SentimentEvaluation?
        var byGroup: [String: SentimentEvaluation] = [:]
        if !dev.isEmpty {
            let scorer = ArabicSentimentScorer(matcher: matcher, model: model)
            let parts = dev.map { scorer.parts(of: $0.text) }
            let tuned = CombinationTuning.tune(
                probabilities: parts.map(\.probabilities), lexicon: parts.map(\.lexicon.evidence), gold: dev.map(\.label))
            model.combination = tuned.combination
            progress(.tuned(tuned.combination))
            devEvaluation = tuned.evaluation
            let predicted = parts.map { tuned.combination.combine($0.probabilities, lexicon: $0.lexicon.evidence).label }
            byGroup = SentimentEvaluation.byGroup(dev, predicted: predicted, column: groupColumn)
        }
        model.notes = notes(trainCount: train.count, devCount: dev.count, dev: devEvaluation, byGroup: byGroup)
        return Result(model: model, trainCount: train.count, devCount: dev.count, dev: devEvaluation, devByGroup: byGroup)
    }

    private func notes(
        trainCount: Int, devCount: Int, dev: SentimentEvaluation?, byGroup: [String: SentimentEvaluation]
    ) -> [String: String] {
        var notes = [
            "train_rows": String(trainCount),
            "dev_rule": devEvery > 0 ? "rows i with i % \(devEvery) == \(devEvery - 1) (0-based)" : "none",
            "dev_rows": String(devCount),
            "iterations": String(parameters.iterations),
            "learning_rate": String(parameters.learningRate),
            "l2": String(parameters.l2),
            "balance_classes": String(parameters.balanceClasses),
        ]
        if let dev { notes["dev_macro_f1"] = String(format: "%.4f", dev.macroF1) }
        for (group, evaluation) in byGroup { notes["dev_macro_f1_\(group)"] = String(format: "%.4f", evaluation.macroF1) }
        return notes
    }
}
