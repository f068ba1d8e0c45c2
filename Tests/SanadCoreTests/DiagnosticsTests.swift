import SanadCore
import Testing

/// Every kind of mistake in a pipeline file is reported at the right place, with the exact wording users see.
@Suite struct DiagnosticsTests {
    @Test func aPipelineWithManyMistakesReportsThemAllAtOnce() {
        let news = """
            name: news
            descripton: Test news pipeline.
            language: ar
            stages:
              - use: clean
                with:
                  diacritics: drop
                  tatwel: false
              - use: tokenise
              - use: quotes
              - use: entities
                with:
                  threshold: high
              - use: clean
            """
        #expect(
            report(loading: "news", from: catalog(["news": news])) == """
                <bundled>/news.yaml:2:1: error: unknown key `descripton`; did you mean `description`?
                descripton: Test news pipeline.
                ^
                <bundled>/news.yaml:7:19: error: invalid value for `diacritics`: expected one of: remove, keep, not 'drop'
                      diacritics: drop
                                  ^
                <bundled>/news.yaml:8:7: error: `clean` has no option `tatwel`; did you mean `tatweel`?
                      tatwel: false
                      ^
                <bundled>/news.yaml:9:10: error: unknown stage `tokenise`; did you mean `tokenize`?
                  - use: tokenise
                         ^
                <bundled>/news.yaml:10:10: error: `quotes` needs `entities`: move `entities` before it
                  - use: quotes
                         ^
                <bundled>/news.yaml:13:18: error: invalid value for `threshold`: expected number
                      threshold: high
                                 ^
                <bundled>/news.yaml:14:10: error: duplicate stage id `clean` (first at line 5); give one of them another `id:`
                  - use: clean
                         ^
                """)
    }

    @Test func yamlSyntaxErrorIsReportedWhereLibyamlFindsIt() {
        let bad = """
            name: bad
            language: ar
            stages:
              - use: clean
                with: {diacritics: keep
              - use: tokenize
            """
        #expect(
            report(loading: "bad", from: catalog(["bad": bad])) == """
                <bundled>/bad.yaml:6:8: error: invalid YAML: while parsing a flow mapping, did not find expected ',' or '}'
                  - use: tokenize
                       ^
                """)
    }

    @Test func unknownTopLevelKeyWithNothingCloseListsTheKeys() {
        let yaml = "name: p\nowner: me\nlanguage: ar\nstages:\n  - use: clean\n"
        #expect(
            diagnostics(loading: "p", from: catalog(["p": yaml])).map(\.message) == [
                "unknown key `owner`; a pipeline has `name`, `description`, `language`, `extends`, `stages`"
            ])
    }

    @Test func unknownStageKeySuggestsTheClosestKey() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - use: clean\n    wiht: {tatweel: false}\n"
        let found = diagnostics(loading: "p", from: catalog(["p": yaml]))
        #expect(found.map(\.message) == ["unknown stage key `wiht`; did you mean `with`?"])
        #expect(found.map { [$0.line, $0.column] } == [[5, 5]])
    }

    @Test func unknownStageWithNothingCloseListsTheStages() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - use: summarize\n"
        #expect(
            diagnostics(loading: "p", from: catalog(["p": yaml])).map(\.message) == [
                "unknown stage `summarize`; the stages are `clean`, `entities`, `quotes`, `tokenize`"
            ])
    }

    @Test func optionOfAStageWithoutOptionsIsRefused() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - use: tokenize\n  - use: entities\n  - use: quotes\n"
            + "    with: {speakers: all}\n"
        let found = diagnostics(loading: "p", from: catalog(["p": yaml]))
        #expect(found.map(\.message) == ["`quotes` takes no options"])
        #expect(found.map { [$0.line, $0.column] } == [[7, 12]])
    }

    @Test func unknownOptionWithNothingCloseListsTheOptions() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - use: clean\n    with: {alef: unify}\n"
        #expect(
            diagnostics(loading: "p", from: catalog(["p": yaml])).map(\.message) == [
                "`clean` has no option `alef`; its options are `diacritics`, `tatweel`"
            ])
    }

    @Test func invalidChoiceIsPointedAtTheValue() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - use: clean\n    with: {diacritics: strip}\n"
        #expect(
            report(loading: "p", from: catalog(["p": yaml])) == """
                <bundled>/p.yaml:5:24: error: invalid value for `diacritics`: expected one of: remove, keep, not 'strip'
                    with: {diacritics: strip}
                                       ^
                """)
    }

    @Test func valueOfTheWrongTypeNamesTheDocumentedType() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - use: tokenize\n    with:\n      limit: ten\n"
        #expect(
            report(loading: "p", from: catalog(["p": yaml])) == """
                <bundled>/p.yaml:6:14: error: invalid value for `limit`: expected integer
                      limit: ten
                             ^
                """)
    }

    @Test func badListElementIsPointedAtTheElement() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - use: tokenize\n    with:\n      stopwords: [في, [من]]\n"
        #expect(
            report(loading: "p", from: catalog(["p": yaml])) == """
                <bundled>/p.yaml:6:23: error: invalid value for `stopwords`: expected list of string
                      stopwords: [في, [من]]
                                      ^
                """)
    }

    @Test func everyBadValueOfOneStageIsReported() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - use: clean\n    with: {diacritics: maybe, tatweel: often}\n"
        #expect(
            diagnostics(loading: "p", from: catalog(["p": yaml])).map(\.message) == [
                "invalid value for `diacritics`: expected one of: remove, keep, not 'maybe'",
                "invalid value for `tatweel`: expected bool",
            ])
    }

    @Test func duplicateExplicitIDIsReportedAtTheSecondOne() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - use: clean\n    id: first\n  - use: tokenize\n    id: first\n"
        #expect(
            report(loading: "p", from: catalog(["p": yaml])) == """
                <bundled>/p.yaml:7:9: error: duplicate stage id `first` (first at line 5); give one of them another `id:`
                    id: first
                        ^
                """)
    }

    @Test func stageWhoseLayerNoEarlierStageProducesNamesTheStageToAdd() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - use: tokenize\n  - use: quotes\n"
        #expect(
            report(loading: "p", from: catalog(["p": yaml])) == """
                <bundled>/p.yaml:5:10: error: `quotes` needs `entities`: add an `entities` stage before it
                  - use: quotes
                         ^
                """)
    }

    @Test func everyMissingLayerOfAStageIsReported() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - use: quotes\n"
        #expect(
            diagnostics(loading: "p", from: catalog(["p": yaml])).map(\.message) == [
                "`quotes` needs `entities`: add an `entities` stage before it",
                "`quotes` needs `sentences`: add a `tokenize` stage before it",
            ])
    }

    @Test func stageSetupFailureIsPointedAtItsUse() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - use: tokenize\n  - use: entities\n    with: {gazetteer: cities}\n"
        #expect(
            report(loading: "p", from: catalog(["p": yaml])) == """
                <bundled>/p.yaml:5:10: error: cannot set up `entities`: no gazetteer named 'cities'; the only one is 'builtin'
                  - use: entities
                         ^
                """)
    }

    @Test func extendsCycleIsReportedWhereItCloses() {
        let files = [
            "a": "name: a\nlanguage: ar\nextends: b\n",
            "b": "name: b\nextends: a\nstages:\n  - use: clean\n",
        ]
        #expect(
            report(loading: "a", from: catalog(files)) == """
                <bundled>/b.yaml:2:10: error: `extends` cycle: `a` → `b` → `a`
                extends: a
                         ^
                """)
    }

    @Test func extendsOfAnUnknownPipelineSuggestsTheClosestName() {
        let files = [
            "arabic-news": "name: arabic-news\nlanguage: ar\nstages:\n  - use: clean\n",
            "mine": "name: mine\nextends: arabic-nws\n",
        ]
        #expect(
            report(loading: "mine", from: catalog(files)) == """
                <bundled>/mine.yaml:2:10: error: no pipeline named `arabic-nws`; did you mean `arabic-news`? (looked in the bundled pipelines)
                extends: arabic-nws
                         ^
                """)
    }

    @Test func unknownPipelineNameIsReportedWithoutPosition() {
        let files = ["arabic-news": "name: arabic-news\nlanguage: ar\nstages:\n  - use: clean\n"]
        #expect(
            report(loading: "arabic-new", from: catalog(files)) == """
                arabic-new: error: no pipeline named `arabic-new`; did you mean `arabic-news`? (looked in the bundled pipelines)
                """)
    }

    @Test func missingLanguageAndStagesAreReportedForTheFile() {
        #expect(
            report(loading: "p", from: catalog(["p": "name: p\ndescription: Nothing yet.\n"])) == """
                <bundled>/p.yaml: error: missing `language`: the BCP-47 tag of the text it expects, such as `ar` or `en`
                <bundled>/p.yaml: error: no stages: list them under `stages:`, like `- use: normalize`
                """)
    }

    @Test func languageMustLookLikeABCP47Tag() {
        let yaml = "name: p\nlanguage: Arabic\nstages:\n  - use: clean\n"
        #expect(
            diagnostics(loading: "p", from: catalog(["p": yaml])).map(\.message) == [
                "`language` must be a BCP-47 tag such as `ar`, `en` or `ar-EG`, not `Arabic`"
            ])
    }

    @Test func nameMustMatchTheNameThePipelineIsFoundBy() {
        let yaml = "name: arabic\nlanguage: ar\nstages:\n  - use: clean\n"
        #expect(
            diagnostics(loading: "p", from: catalog(["p": yaml])).map(\.message) == [
                "`name` is `arabic` but the pipeline is found by its file name, `p`; make them the same"
            ])
    }

    @Test func stageWrittenAsAPlainNameShowsTheMappingToWrite() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - clean\n"
        #expect(
            diagnostics(loading: "p", from: catalog(["p": yaml])).map(\.message) == [
                "a stage is a mapping with at least `use:`, like `- use: clean`"
            ])
    }

    @Test func stageWithoutUseIsRefused() {
        let yaml = "name: p\nlanguage: ar\nstages:\n  - with: {tatweel: false}\n"
        let found = diagnostics(loading: "p", from: catalog(["p": yaml]))
        #expect(found.map(\.message) == ["a stage needs `use:` naming its stage type"])
        #expect(found.map { [$0.line, $0.column] } == [[4, 5]])
    }

    @Test func duplicateYAMLKeyIsReported() {
        let yaml = "name: p\nlanguage: ar\nlanguage: en\nstages:\n  - use: clean\n"
        #expect(
            diagnostics(loading: "p", from: catalog(["p": yaml])).map(\.message) == [
                "duplicate key `language` in the same mapping"
            ])
    }

    @Test func emptyFileIsReported() {
        #expect(
            report(loading: "p", from: catalog(["p": ""])) == """
                <bundled>/p.yaml: error: the file is empty; a pipeline needs `name`, `language` and `stages`
                """)
    }
}
