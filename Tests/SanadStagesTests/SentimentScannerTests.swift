import Testing
@testable import SanadStages

/// How sentiment cuts text into tokens before matching and hashing.
struct SentimentScannerTests {
    private func tokens(_ text: String) -> [(ScannedText.Kind, String)] {
        let scanned = SentimentScanner.scan(text)
        return scanned.tokens.map { token in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scanned.scalars(of: token).map { Unicode.Scalar($0)! })
            return (token.kind, String(view))
        }
    }

    @Test func urlsAndMentionsBecomePlaceholdersKeepingTheirSpans() {
        let text = "شكرا @user_1 https://t.co/x"
        let scanned = SentimentScanner.scan(text)
        #expect(scanned.tokens.map(\.kind) == [.word, .mention, .url])
        #expect(scanned.tokens.map { Int($0.originStart)..<Int($0.originEnd) } == [0..<4, 5..<12, 13..<27])
    }

    @Test func hashtagsReadAsTheirWords() {
        #expect(tokens("#يوم_سعيد").map(\.1) == ["يوم", "سعيد"])
    }

    @Test func wordsAreFoldedAndStretchedLettersCutToTwo() {
        #expect(tokens("رائعععععع أحْمَد").map(\.1) == ["رايعع", "احمد"])
    }

    @Test func punctuationAndEmojiAreTokensOfTheirOwn() {
        #expect(tokens("جميل!😍").map(\.0) == [.word, .punctuation, .symbol])
    }

    @Test func arabicTweetsFullOfLatinLinksAndHashtagsAreStillArabic() {
        let tweet = Array("سويناها 😂 #MannequinChallenge #Fun @someone https://t.co/zL2WOzkLWH".unicodeScalars)
        #expect(ScriptDetection.dominantScript(of: tweet) == .arabic)
        #expect(ScriptDetection.dominantScript(of: Array("The talks failed, سيء".unicodeScalars)) == .latin)
    }
}
