import SanadCore
import Testing

/// How a pipeline that `extends` another changes, removes and adds stages.
@Suite struct PipelineExtendsTests {
    let base = """
        name: base
        description: The base pipeline.
        language: ar
        stages:
          - use: clean
            with: {diacritics: keep, tatweel: false}
          - use: tokenize
          - use: entities
            with: {threshold: 0.8}
        """

    func load(_ child: String, extra: [String: String] = [:]) throws -> Pipeline {
        try catalog(extra.merging(["base": base, "child": child]) { $1 }).load("child", registry: testRegistry)
    }

    @Test func childWithKeysReplaceTheParentsKeyByKey() throws {
        let pipeline = try load("extends: base\nstages:\n  - id: clean\n    with: {tatweel: true}\n")
        #expect(pipeline.stages[0].options == ["diacritics": "keep", "tatweel": true])
    }

    @Test func childMayRepeatTheUseOfTheStageItChanges() throws {
        let pipeline = try load("extends: base\nstages:\n  - use: entities\n    with: {prefix: ner-}\n")
        #expect(pipeline.stages[2].options == ["gazetteer": "builtin", "threshold": 0.8, "prefix": "ner-"])
    }

    @Test func unchangedStagesAndOrderComeFromTheParent() throws {
        let pipeline = try load("extends: base\nstages:\n  - id: tokenize\n    with: {limit: 10}\n")
        #expect(pipeline.stages.map(\.id) == ["clean", "tokenize", "entities"])
        #expect(pipeline.stages[2].options == ["gazetteer": "builtin", "threshold": 0.8, "prefix": nil])
    }

    @Test func descriptionAndLanguageAreInheritedUnlessSet() throws {
        let inherited = try load("extends: base\n")
        #expect([inherited.name, inherited.description, inherited.language] == ["child", "The base pipeline.", "ar"])
        let own = try load("extends: base\ndescription: Mine.\nlanguage: ar-EG\n")
        #expect([own.description, own.language] == ["Mine.", "ar-EG"])
    }

    @Test func newStageIsAddedAtTheEnd() throws {
        let pipeline = try load("extends: base\nstages:\n  - use: quotes\n")
        #expect(pipeline.stages.map(\.id) == ["clean", "tokenize", "entities", "quotes"])
    }

    @Test func newStagesArePlacedBeforeOrAfterANamedStage() throws {
        let child = """
            extends: base
            stages:
              - use: clean
                id: second-clean
                after: clean
              - use: tokenize
                id: early-tokenize
                before: clean
              - use: clean
                id: third-clean
                after: second-clean
            """
        #expect(
            try load(child).stages.map(\.id) == [
                "early-tokenize", "clean", "second-clean", "third-clean", "tokenize", "entities",
            ])
    }

    @Test func removeDropsTheParentsStage() throws {
        let pipeline = try load("extends: base\nstages:\n  - id: clean\n    remove: true\n")
        #expect(pipeline.stages.map(\.id) == ["tokenize", "entities"])
    }

    @Test func removingAStageOthersNeedIsReportedAtTheStageThatNeedsIt() {
        let child = "extends: base\nstages:\n  - id: tokenize\n    remove: true\n"
        #expect(
            report(loading: "child", from: catalog(["base": base, "child": child])) == """
                <bundled>/base.yaml:8:10: error: `entities` needs `tokens`: add a `tokenize` stage before it
                  - use: entities
                         ^
                """)
    }

    @Test func grandchildSeesTheWholeChain() throws {
        let middle = "extends: base\nstages:\n  - id: clean\n    with: {diacritics: remove}\n  - use: quotes\n"
        let pipeline = try load(
            "extends: middle\nstages:\n  - id: clean\n    with: {tatweel: true}\n", extra: ["middle": middle])
        #expect(pipeline.stages.map(\.id) == ["clean", "tokenize", "entities", "quotes"])
        #expect(pipeline.stages[0].options == ["diacritics": "remove", "tatweel": true])
    }

    @Test func problemsInTheParentArePointedAtInTheParentsFile() {
        let broken = "language: ar\nstages:\n  - use: clean\n    with: {tatweel: sometimes}\n"
        #expect(
            report(loading: "child", from: catalog(["broken": broken, "child": "extends: broken\n"])) == """
                <bundled>/broken.yaml:4:21: error: invalid value for `tatweel`: expected bool
                    with: {tatweel: sometimes}
                                    ^
                """)
    }

    @Test func changingTheTypeOfAParentStageIsRefused() {
        let child = "extends: base\nstages:\n  - id: tokenize\n    use: clean\n"
        #expect(
            diagnostics(loading: "child", from: catalog(["base": base, "child": child])).map(\.message) == [
                "`tokenize` is a `tokenize` stage in `base`; give this stage another `id:`, "
                    + "or drop that one with `remove: true`"
            ])
    }

    @Test func removingAStageTheParentLacksSuggestsTheClosestID() {
        let child = "extends: base\nstages:\n  - id: tokenise\n    remove: true\n"
        #expect(
            diagnostics(loading: "child", from: catalog(["base": base, "child": child])).map(\.message) == [
                "`base` has no stage `tokenise` to remove; did you mean `tokenize`?"
            ])
    }

    @Test func changingAStageTheParentLacksSaysANewStageNeedsUse() {
        let child = "extends: base\nstages:\n  - id: entites\n    with: {threshold: 0.9}\n"
        #expect(
            diagnostics(loading: "child", from: catalog(["base": base, "child": child])).map(\.message) == [
                "`base` has no stage `entites` to change (a new stage needs `use:`); did you mean `entities`?"
            ])
    }

    @Test func removedStageTakesNoOtherSettings() {
        let child = "extends: base\nstages:\n  - id: clean\n    remove: true\n    with: {tatweel: true}\n"
        #expect(
            diagnostics(loading: "child", from: catalog(["base": base, "child": child])).map(\.message) == [
                "`remove: true` drops `clean`; it takes no `with`, `before` or `after`"
            ])
    }

    @Test func placingNextToAnUnknownStageSuggestsTheClosestID() {
        let child = "extends: base\nstages:\n  - use: quotes\n    after: entites\n"
        #expect(
            diagnostics(loading: "child", from: catalog(["base": base, "child": child])).map(\.message) == [
                "no stage `entites` to place this stage next to; did you mean `entities`?"
            ])
    }

    @Test func beforeAndAfterTogetherAreRefused() {
        let child = "extends: base\nstages:\n  - use: quotes\n    after: entities\n    before: clean\n"
        #expect(
            diagnostics(loading: "child", from: catalog(["base": base, "child": child])).map(\.message) == [
                "give `before` or `after`, not both"
            ])
    }

    @Test func parentStageCannotBeMoved() {
        let child = "extends: base\nstages:\n  - id: clean\n    after: tokenize\n"
        #expect(
            diagnostics(loading: "child", from: catalog(["base": base, "child": child])).map(\.message) == [
                "`before` and `after` place new stages; `clean` is already in `base`"
            ])
    }

    @Test func removeAndPlacementNeedAParent() {
        let yaml = "language: ar\nstages:\n  - use: clean\n  - use: tokenize\n    before: clean\n"
            + "  - use: entities\n    remove: true\n"
        #expect(
            diagnostics(loading: "p", from: catalog(["p": yaml])).map(\.message) == [
                "`before` and `after` only apply in a pipeline that `extends` another; "
                    + "list the stages in the order they run",
                "`remove` only applies in a pipeline that `extends` another",
            ])
    }
}
