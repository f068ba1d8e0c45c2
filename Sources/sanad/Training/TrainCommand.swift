import ArgumentParser

/// `sanad train`: trains the statistical models that stages load.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a stage's model from labelled data.",
        subcommands: [TrainEntitiesCommand.self, TrainSentimentCommand.self]
    )
}

/// `sanad eval`: scores a stage against gold data, with the project's scorers' definitions.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate a stage against gold data.",
        subcommands: [EvalEntitiesCommand.self, EvalSentimentCommand.self]
    )
}
