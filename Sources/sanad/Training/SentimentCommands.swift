import ArgumentParser
import Foundation
import SanadStages

/// `sanad train sentiment`: the linear model the `sentiment` stage combines with its lexicon.
struct TrainSentimentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "Train the sentiment model from a CSV or TSV file with a label and a text column.",
        discussion: """
            Labels are positive, negative or neutral. Every tenth row (rows 9, 19, 29, … counting from 0) is held out \
            as dev unless --dev-every changes it; the rest is cut into --model-folds folds, one model is fitted \
            without each, the written model averages them and the lexicon combination is tuned on their \
            out-of-fold predictions. Dev is never fitted or tuned on; its scores are printed, per value of the \
            `dialect` column too when the file has one. Use the model with the stage option `model: PATH`. With --folds K no model is \
            written: the whole procedure is cross-validated instead (trained K times, each time without the rows \
            i % K == f, and scored on them), and the mean ± standard deviation over folds is printed. On ArSarcasm's \
            train file add --without-lexicon-source arsarcasm-induced: those lexicon terms were picked by reading \
            its rows, so keeping them lets the lexicon see held-out rows and the figures come out optimistic.
            """
    )

    @Option(help: "Labelled text: CSV or TSV with a header naming a label column and a text column.")
    var data: String

    @Option(help: "Where to write the model (required unless --folds is given).")
    var out: String?

    @Option(help: "Hold out every Nth row as dev (0: no dev split).")
    var devEvery: Int = 10

    @Option(help: "Cross-validate the training procedure over this many folds instead of writing a model.")
    var folds: Int?

    @Option(help: "Folds of the train split: models fitted and averaged, out-of-fold predictions tuned on.")
    var modelFolds: Int = TrainingParameters().folds

    @Option(help: "Full-batch optimizer iterations per model.")
    var iterations: Int = TrainingParameters().iterations

    @Option(help: "L2 penalty on the weights.")
    var l2: Double = TrainingParameters().l2

    @Option(help: "Adam step size.")
    var learningRate: Double = TrainingParameters().learningRate

    @Option(help: "Hash buckets are 2^N.")
    var hashBits: Int = FeatureConfiguration().hashBits

    @Flag(inversion: .prefixedNo, help: "Whether weights are fitted as multiples of naive Bayes log-count ratios.")
    var naiveBayesScaling = TrainingParameters().naiveBayesScaling

    @Flag(inversion: .prefixedNo, help: "Whether adjacent word pairs are features.")
    var wordBigrams = FeatureConfiguration().wordBigrams

    @Option(help: "Shortest character n-gram taken inside words.")
    var minCharGram: Int = FeatureConfiguration().characterNGrams.lowerBound

    @Option(help: "Longest character n-gram taken inside words.")
    var maxCharGram: Int = FeatureConfiguration().characterNGrams.upperBound

    @Option(help: "Leave out the Arabic lexicon lines of this source (e.g. arsarcasm-induced) while training.")
    var withoutLexiconSource: String?

    func validate() throws {
        if out == nil, folds == nil { throw ValidationError("give --out PATH for the model, or --folds K to cross-validate") }
    }

    func run() throws {
        let examples = try LabelledTextReader.read(path: data)
        var parameters = TrainingParameters(
            iterations: iterations, learningRate: learningRate, l2: l2, folds: modelFolds)
        parameters.features.hashBits = hashBits
        guard minCharGram <= maxCharGram else { throw ValidationError("--min-char-gram must not exceed --max-char-gram") }
        parameters.features.characterNGrams = minCharGram...maxCharGram
        parameters.features.wordBigrams = wordBigrams
        parameters.naiveBayesScaling = naiveBayesScaling
        var resources = try SentimentResources.builtIn()
        if let withoutLexiconSource { resources = resources.withoutLexiconSource(withoutLexiconSource) }
        let trainer = try SentimentTrainer(resources: resources, parameters: parameters, devEvery: devEvery)
        if let folds {
            let validation = try SentimentCrossValidation(trainer: trainer, examples: examples, folds: folds) { fold, figures in
                let groups = figures.byGroup.sorted { $0.key < $1.key }
                    .map { String(format: "%@ %.4f", $0.key, $0.value.macroF1) }.joined(separator: ", ")
                print(String(format: "fold %d/%d: macro-F1 %.4f (%@)", fold + 1, folds, figures.overall.macroF1, groups))
            }
            print("\(folds)-fold cross-validation, mean ± sd over folds:\n\(validation.report)")
            return
        }
        guard let out else { return }
        let result = try trainer.train(examples) { progress in
            switch progress {
            case .features(let train, let dev): print("features: \(train) train rows, \(dev) dev rows")
            case .fold(let fold, let total): print("model \(fold + 1)/\(total)")
            case .iteration(let iteration, let total, let loss) where iteration % 50 == 0 || iteration == total:
                print(String(format: "iteration %d/%d: loss %.4f", iteration, total, loss))
            case .iteration: break
            case .tuned(let combination, let evaluation):
                print("tuned on out-of-fold predictions: \(combination)\n\(evaluation.report)")
            }
        }
        if let dev = result.dev { print("dev (\(result.devCount) rows): \(dev.report)") }
        for (group, evaluation) in result.devByGroup.sorted(by: { $0.key < $1.key }) {
            print("dev \(group) (\(evaluation.count) rows): \(evaluation.report)")
        }
        try result.model.serialized().write(to: URL(fileURLWithPath: out))
        print("model written to \(out)")
    }
}

/// `sanad eval sentiment`: accuracy, macro-F1 and F1-PN, defined as `shared/eval/sentiment_score.py` does.
struct EvalSentimentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentiment",
        abstract: "Score the sentiment stage on labelled text (CSV or TSV with a label and a text column)."
    )

    @Option(help: "Labelled text to score against.")
    var gold: String

    @Option(help: "A model from `sanad train sentiment` (default: the built-in one).")
    var model: String?

    @Option(help: "Text language: auto (by script), ar or en.")
    var language: SentimentAnalyzer.Language = .auto

    func run() throws {
        let examples = try LabelledTextReader.read(path: gold)
        let analyzer = try SentimentAnalyzer(resources: .builtIn(), model: model.map(SentimentModel.init(contentsOf:)))
        let evaluation = SentimentEvaluation.evaluate(examples, with: analyzer, language: language)
        print("\(evaluation.count) texts")
        print(evaluation.report)
        print(String(format: "macro-F1 %.4f", evaluation.macroF1))
    }
}

extension SentimentAnalyzer.Language: ExpressibleByArgument {}
