import Testing
@testable import SanadStages

/// The clitic-stripped stem the model reads as a feature of its own (``ArabicClitics/stem(of:)``).
struct SentimentStemTests {
    private func stem(_ word: String) -> String {
        let letters = ArraySlice(SentimentFolding.fold(word))
        return String(String.UnicodeScalarView(ArabicClitics.stem(of: letters).map { Unicode.Scalar(letters[$0])! }))
    }

    @Test func theLongestProcliticIsRemoved() {
        #expect(stem("والكتاب") == "كتاب")
    }

    @Test func aPronounSuffixIsRemovedAfterTheProclitic() {
        #expect(stem("بكتابهم") == "كتاب")
    }

    @Test func aStemKeepsAtLeastThreeLetters() {
        #expect(stem("بلد") == "بلد")
        #expect(stem("ولد") == "ولد")
    }
}
