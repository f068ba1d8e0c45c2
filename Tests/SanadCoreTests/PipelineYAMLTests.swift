import SanadCore
import Testing

/// `sanad show`'s YAML: the pipeline after `extends`, with every option spelled out.
@Suite struct PipelineYAMLTests {
    let files = [
        "base": """
            name: base
            description: Base pipeline for tests.
            language: ar
            stages:
              - use: clean
              - use: tokenize
                with: {stopwords: [في, "yes", "12"]}
            """,
        "child": """
            extends: base
            description: Child with entities.
            stages:
              - id: clean
                with: {diacritics: keep}
              - use: entities
                id: names
                with: {threshold: 0.75}
            """,
    ]

    @Test func rendersTheResolvedPipelineWithEveryOption() throws {
        let pipeline = try catalog(files).load("child", registry: testRegistry)
        #expect(
            try pipeline.renderYAML() == """
                name: child
                description: Child with entities.
                language: ar
                stages:
                - use: clean
                  id: clean
                  with:
                    diacritics: keep
                    tatweel: true
                - use: tokenize
                  id: tokenize
                  with:
                    limit: 64
                    stopwords:
                    - في
                    - 'yes'
                    - '12'
                - use: entities
                  id: names
                  with:
                    gazetteer: builtin
                    threshold: 0.75
                    prefix: null

                """)
    }

    @Test func renderedYAMLLoadsBackToTheSameOptions() throws {
        let pipeline = try catalog(files).load("child", registry: testRegistry)
        let reloaded = try catalog(["child": try pipeline.renderYAML()]).load("child", registry: testRegistry)
        #expect(reloaded.stages.map(\.options) == pipeline.stages.map(\.options))
        #expect(reloaded.stages.map(\.id) == pipeline.stages.map(\.id))
        #expect([reloaded.description, reloaded.language] == [pipeline.description, pipeline.language])
    }
}
