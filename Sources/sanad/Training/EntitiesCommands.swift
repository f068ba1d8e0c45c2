import ArgumentParser
import Foundation
import Logging
import SanadCore
import SanadStages

/// `sanad train entities`: the averaged-perceptron model the `entities` stage tags with.
struct TrainEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Train the entities model from a token-per-line IOB file (`token TAG`, like ANERcorp).",
        discussion: """
            Tags are B-/I- with PERS/PER/PERSON, LOC/LOCATION/GPE, ORG/ORGANIZATION or anything else (MISC), or O; a \
            blank line ends a sentence. With --dev, each pass prints the dev micro-F1 over PER/LOC/ORG, and the end \
            prints the dev scores per type. Use the model with the stage option `model: PATH`. The built-in model is \
            the defaults on the first 3,856 sentences of anercorp-train.txt, with the last 428 as dev.
            """
    )

    @Option(help: "Training data: a token-per-line IOB file.")
    var data: String

    @Option(help: "Development data scored after each pass (a token-per-line IOB file).")
    var dev: String?

    @Option(help: "Where to write the model.")
    var out: String

    @Option(help: "Passes over the training data, per perceptron.")
    var epochs = PerceptronTrainer.Configuration().epochs

    @Option(help: "Number of perceptrons averaged into the model.")
    var members = PerceptronTrainer.Configuration().members

    @Option(help: "Seed of the first perceptron's sentence order.")
    var seed = PerceptronTrainer.Configuration().seed

    func run() throws {
        let sentences = try CoNLLReader.read(contentsOf: URL(fileURLWithPath: data))
        let development = try dev.map { try CoNLLReader.read(contentsOf: URL(fileURLWithPath: $0)) } ?? []
        var configuration = PerceptronTrainer.Configuration()
        configuration.epochs = epochs
        configuration.members = members
        configuration.seed = seed
        let tokens = sentences.reduce(0) { $0 + $1.tokens.count }
        print("training on \(sentences.count) sentences (\(tokens) tokens)"
            + (development.isEmpty ? "" : ", dev \(development.count) sentences"))
        let provenance = "sanad train entities on \((data as NSString).lastPathComponent) (\(sentences.count) sentences): "
            + "epochs \(configuration.epochs), members \(configuration.members), seed \(configuration.seed), "
            + "folds \(configuration.folds), word dropout \(configuration.wordDropout)"
        let model = PerceptronTrainer.train(
            sentences, development: development, configuration: configuration, provenance: provenance
        ) { report in
            var line = String(format: "perceptron %d/%d pass %d/%d: %.2f%% of training tokens wrong", report.member,
                              configuration.members, report.epoch, configuration.epochs, 100 * report.trainingErrorRate)
            if let scores = report.development { line += String(format: ", dev micro-F1 %.4f", scores.micro.f1) }
            print(line + String(format: " (%.1fs)", report.elapsed))
        }
        if !development.isEmpty {
            print("dev:")
            print(EntityEvaluation.evaluate(EntityRecognizer(model: model), on: development))
        }
        let bytes = model.serialized()
        try bytes.write(to: URL(fileURLWithPath: out))
        print("model written to \(out): \(model.featureCount) features, \(bytes.count) bytes")
    }
}

/// `sanad eval entities`: entity-level P/R/F1 per type and micro over PER/LOC/ORG, matched as
/// `shared/eval/ner_score.py` matches them.
struct EvalEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Score the entities stage on a token-per-line IOB gold file, as ner_score.py does.",
        discussion: """
            The gold sentences become documents of 25 sentences (as conll_to_jsonl.py makes them), which go through \
            normalize, segment and entities with default options, unless --gold-tokens tags the file's own tokens. \
            A predicted entity counts for the gold tokens it overlaps; it is right when it covers exactly a gold \
            entity's tokens with the same type.
            """
    )

    @Option(help: "Gold data: a token-per-line IOB file.")
    var gold: String

    @Option(help: "A model from `sanad train entities` (default: the built-in one).")
    var model: String?

    @Flag(help: "Tag the gold file's own tokens instead of segmenting its text.")
    var goldTokens = false

    func run() throws {
        let sentences = try CoNLLReader.read(contentsOf: URL(fileURLWithPath: gold))
        var options = EntitiesStage.Options()
        if let model { options.model = model }
        let entities = try EntitiesStage(options: options)
        let documents = EvaluationDocument.documents(from: sentences)
        let predictions: [[Entity]]
        if goldTokens {
            predictions = documents.map { entities.recognizer.entities(in: $0.tokenizedDocument) }
        } else {
            let stages: [any Stage] = [NormalizeStage(options: .init()), try SegmentStage(options: .init()), entities]
            predictions = try documents.map { gold in
                var document = Document(id: gold.id, text: gold.text)
                var context = StageContext(logger: Logger(label: "sanad.eval.entities"))
                for stage in stages { try stage.process(&document, context: &context) }
                return document.entities
            }
        }
        print("\(sentences.count) sentences, \(documents.count) " + (documents.count == 1 ? "document" : "documents"))
        print(EntityEvaluation.score(documents, predictions: predictions))
    }
}
