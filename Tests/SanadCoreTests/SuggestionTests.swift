@testable import SanadCore
import Testing

/// "Did you mean" picks the closest known word, within reach.
@Suite struct SuggestionTests {
    @Test func swappedNeighboursCountAsOneEdit() {
        #expect(Suggestion.editDistance("stagse", "stages") == 1)
        #expect(Suggestion.editDistance("normalize", "normalise") == 1)
        #expect(Suggestion.editDistance("", "use") == 3)
    }

    @Test func closestCandidateWithinAThirdOfTheWordIsSuggested() {
        #expect(Suggestion.closest(to: "segmnt", among: ["normalize", "segment", "sentiment"]) == "segment")
        #expect(Suggestion.closest(to: "summarize", among: ["normalize", "segment", "sentiment"]) == nil)
    }

    @Test func tiesGoToTheAlphabeticallyFirst() {
        #expect(Suggestion.closest(to: "ab", among: ["ax", "aa"]) == "aa")
    }
}
