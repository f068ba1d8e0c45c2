import SanadCore
import Testing

/// A valid pipeline loads into built stages whose options are the defaults with the YAML's keys merged over them.
@Suite struct PipelineLoaderTests {
    let yaml = """
        name: news
        description: Test news pipeline.
        language: ar
        stages:
          - use: clean
            with:
              diacritics: keep
          - use: tokenize
            id: words
            with: {stopwords: [في, من]}
          - use: entities
          - use: quotes
        """

    func load() throws -> Pipeline {
        try catalog(["news": yaml]).load("news", registry: testRegistry)
    }

    @Test func loadsNameDescriptionAndLanguage() throws {
        let pipeline = try load()
        #expect([pipeline.name, pipeline.description, pipeline.language] == ["news", "Test news pipeline.", "ar"])
    }

    @Test func stagesKeepTheirOrderAndIDsDefaultToTheirUse() throws {
        let stages = try load().stages
        #expect(stages.map(\.use) == ["clean", "tokenize", "entities", "quotes"])
        #expect(stages.map(\.id) == ["clean", "words", "entities", "quotes"])
    }

    @Test func stagesAreBuiltFromTheMergedOptions() throws {
        let stages = try load().stages
        let clean = try #require(stages[0].stage as? CleanStage)
        let tokenize = try #require(stages[1].stage as? TokenizeStage)
        #expect(clean.options.diacritics == .keep)
        #expect(clean.options.tatweel == true)
        #expect(tokenize.options.stopwords == ["في", "من"])
    }

    @Test func resolvedOptionsListEveryDocumentedKeyWithDefaults() throws {
        let stages = try load().stages
        #expect(stages[0].options == ["diacritics": "keep", "tatweel": true])
        #expect(stages[1].options == ["limit": 64, "stopwords": ["في", "من"]])
        #expect(stages[2].options == ["gazetteer": "builtin", "threshold": 0.5, "prefix": nil])
        #expect(stages[3].options == [:])
    }

    @Test func descriptionIsEmptyWhenNotGiven() throws {
        let pipeline = try catalog(["p": "language: en\nstages:\n  - use: clean\n"]).load("p", registry: testRegistry)
        #expect(pipeline.description == "")
        #expect(pipeline.name == "p")
    }

    @Test func emptyWithKeepsTheDefaults() throws {
        let pipeline = try catalog(["p": "language: ar\nstages:\n  - use: clean\n    with:\n"])
            .load("p", registry: testRegistry)
        #expect(pipeline.stages[0].options == ["diacritics": "remove", "tatweel": true])
    }
}
