import SanadCore
import SanadTesting
@testable import SanadStages

/// Runs the `arabic-news` stages (normalize, segment, entities, quotes) on short texts written for the tests.
enum QuotesFixture {
    /// The stages, built once with default options.
    static let stages: [any Stage] = {
        do {
            return [
                try NormalizeStage(options: .init()), try SegmentStage(options: .init()),
                try EntitiesStage(options: .init()), try QuotesStage(options: .init()),
            ]
        } catch {
            preconditionFailure("the built-in stages cannot be built: \(error)")
        }
    }()

    /// The quotes of `text`, with `options` for the quotes stage.
    static func quotes(_ text: String, options: QuotesOptions? = nil) throws -> [Quote] {
        var stages = stages
        if let options { stages[stages.count - 1] = try QuotesStage(options: options) }
        return try StageHarness.run(stages, on: text).document.quotes
    }

    /// The quote whose content is `content`, if any.
    static func quote(_ content: String, in quotes: [Quote]) -> Quote? {
        quotes.first { $0.text == content }
    }
}
