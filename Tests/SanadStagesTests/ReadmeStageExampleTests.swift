import SanadCore
import SanadStages
import SanadTesting
import Testing

// The stage from the README's "Writing a stage" section, verbatim, so the example keeps compiling and working.
struct Shout: Stage {
    struct Options: StageOptions {
        var mark = "!"
        static let documentation = [OptionDoc("mark", String.self, "What to count at sentence ends.")]
    }
    static let name = "shout"
    static let summary = "Counts sentences that end with a mark."
    static let requires: Set<Layer> = [.sentences]
    static let produces: Set<Layer> = ["shout"]
    let mark: Unicode.Scalar

    init(options: Options) throws {
        guard let mark = options.mark.unicodeScalars.first else { throw StageSetupError("`mark` cannot be empty") }
        self.mark = mark
    }

    func process(_ document: inout Document, context: inout StageContext) throws {
        let count = document.sentences.filter { document.scalars[$0.end - 1] == mark }.count
        document.extensions["shout"] = .number(Double(count))
        context.count("shouting", count)
    }
}

@Suite struct ReadmeStageExampleTests {
    @Test func theReadmeStageCountsSentencesEndingWithItsMark() throws {
        let result = try StageHarness.run(
            [try SegmentStage(options: .init()), try Shout(options: .init())], on: "Stop! Who goes there? Run!")
        #expect(result.document.extensions["shout"] == 2)
        #expect(result.counts(of: "shout") == ["shouting": 2])
    }

    @Test func theReadmeStageRefusesAnEmptyMark() {
        var options = Shout.Options()
        options.mark = ""
        #expect(throws: StageSetupError.self) { try Shout(options: options) }
    }
}
