import ArgumentParser

/// The `sanad` command: runs named NLP pipelines over news text and helps author them.
@main
struct Sanad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanad",
        abstract: "Run NLP pipelines over Arabic and English news text.",
        discussion: """
            A pipeline is a YAML file listing stages (normalize, segment, entities, quotes, sentiment, …). \
            Named pipelines are built in; `sanad list` shows them.
            """,
        subcommands: [
            RunCommand.self, ListCommand.self, ShowCommand.self, ValidateCommand.self, StagesCommand.self,
            TrainCommand.self, EvalCommand.self, NewCommand.self,
        ]
    )
}
