import SanadCore
import Testing
@testable import SanadStages

/// English news: the Quootstrap patterns around `said`, `told`, `added` and `according to`.
@Suite struct QuotesEnglishTests {
    @Test func quotationThenSpeakerThenSaid() throws {
        let quotes = try QuotesFixture.quotes("\"We will not accept this deal,\" Prime Minister Theresa May said.\n")
        #expect(quotes.map(\.text) == ["We will not accept this deal"])
        #expect(quotes.first?.kind == .direct)
        #expect(quotes.first?.cue?.lemma == "say")
        #expect(quotes.first?.speaker?.text == "Prime Minister Theresa May")
    }

    @Test func quotationThenSaidThenSpeaker() throws {
        let quotes = try QuotesFixture.quotes("“It is a disaster,” said John Smith, a spokesman for the ministry.\n")
        #expect(quotes.map(\.text) == ["It is a disaster"])
        #expect(quotes.first?.speaker?.text == "John Smith")
    }

    @Test func speakerSaidThatClause() throws {
        let quotes = try QuotesFixture.quotes("Officials said that the plan would be presented next week.\n")
        #expect(quotes.map(\.text) == ["that the plan would be presented next week"])
        #expect(quotes.first?.kind == .indirect)
        #expect(quotes.first?.speaker?.text == "Officials")
    }

    @Test func speakerToldListenerThatClause() throws {
        let quotes = try QuotesFixture.quotes("The minister told reporters that the talks had failed.\n")
        #expect(quotes.map(\.text) == ["that the talks had failed"])
        #expect(quotes.first?.speaker?.text == "The minister")
    }

    @Test func participleAfterACommaMakesASecondQuote() throws {
        let quotes = try QuotesFixture.quotes(
            "The minister said that the talks had failed, adding that a new round was possible.\n")
        #expect(quotes.map(\.text) == ["that the talks had failed", "that a new round was possible"])
        #expect(quotes.map { $0.speaker?.text } == ["The minister", "The minister"])
    }

    @Test func accordingToAtTheStartAttributesTheClauseAfterIt() throws {
        let quotes = try QuotesFixture.quotes("According to the Interior Ministry, 12 people were killed.\n")
        #expect(quotes.map(\.text) == ["12 people were killed"])
        #expect(quotes.first?.cue?.lemma == "according to")
        #expect(quotes.first?.speaker?.text == "the Interior Ministry")
    }

    @Test func accordingToAtTheEndAttributesTheClauseBeforeIt() throws {
        let quotes = try QuotesFixture.quotes("Twelve people were killed, according to the police.\n")
        #expect(quotes.map(\.text) == ["Twelve people were killed"])
        #expect(quotes.first?.speaker?.text == "the police")
    }

    @Test func personalPronounTakesTheLatestPersonNotAnOrganization() throws {
        let quotes = try QuotesFixture.quotes(
            "Jane Doe said the vote was fair.\nThe Interior Ministry said that 12 people voted.\n"
                + "She added: \"We won.\"\n")
        let pronoun = try #require(QuotesFixture.quote("We won", in: quotes)?.speaker)
        #expect(pronoun.text == "Jane Doe")
        #expect(pronoun.resolution == .pronoun)
    }

    @Test func quotationStandingAloneAfterAQuoteContinuesItsSpeaker() throws {
        let quotes = try QuotesFixture.quotes("\"We will win,\" John Smith said.\n\"We have done our part.\"\n")
        #expect(QuotesFixture.quote("We have done our part", in: quotes)?.speaker?.text == "John Smith")
    }

    @Test func speakersHaveTextSpansWithoutEntities() throws {
        let quotes = try QuotesFixture.quotes("\"It works,\" said John Smith.\n")
        #expect(quotes.first?.speaker?.text == "John Smith")
        #expect(quotes.first?.speaker?.entity == nil)
    }
}
