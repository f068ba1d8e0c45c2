import Foundation
import Testing

/// `sanad run arabic-news` lists each statement of an article with its cue and its speaker's entity.
@Suite struct QuotesRunTests {
    @Test func arabicNewsListsEachStatementWithItsSpeakerEntity() throws {
        let result = try SanadBinary.run(["run", "arabic-news", "Examples/arabic-news-article.txt"])
        #expect(result.status == 0)
        let document = try #require(try result.json() as? [String: Any])
        let quotes = try #require(document["quotes"] as? [[String: Any]])
        let speakers = quotes.map { $0["speaker"] as? [String: Any] ?? [:] }
        #expect(quotes.count >= 6)
        #expect(quotes.allSatisfy { $0["cue"] is [String: Any] })
        #expect(speakers.contains { $0["canonical"] as? String == "أيمن الصفدي" && $0["entity"] is String })
        #expect(Set(speakers.compactMap { $0["resolution"] as? String }).isSuperset(of: ["explicit", "carried"]))
        let events = result.events.filter {
            $0["event"] as? String == "stage.done" && $0["stage"] as? String == "quotes"
        }
        #expect(events.first?["quotes"] as? Int == quotes.count)
    }
}
