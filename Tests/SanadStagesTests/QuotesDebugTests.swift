import Testing
@testable import SanadStages

@Test func debugEnglish() throws {
    for text in ["She said: \"We are ready to talk.\"\n", "Officials said the plan would be presented next week.\n"] {
        let quotes = try QuotesFixture.quotes(text)
        print(text, quotes.map { ($0.text, $0.speaker?.text ?? "-") })
        #expect(!quotes.isEmpty)
    }
}
