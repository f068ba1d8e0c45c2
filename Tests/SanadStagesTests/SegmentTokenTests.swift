import SanadCore
import SanadStages
import Testing

@Suite("segment: tokens")
struct SegmentTokenTests {
    @Test func splitsWordsAndPunctuation() throws {
        #expect(try SegmentRun.tokens("Hello, world!") == ["Hello", ",", "world", "!"])
    }

    @Test func splitsArabicPunctuation() throws {
        #expect(
            try SegmentRun.tokens("قال الوزير، ثم غادر؛ لماذا؟") == [
                "قال", "الوزير", "،", "ثم", "غادر", "؛", "لماذا", "؟",
            ])
    }

    @Test func keepsDecimalsAndThousandsInOneNumber() throws {
        #expect(try SegmentRun.tokens("rose 3.5% to 1,000,000.") == ["rose", "3.5", "%", "to", "1,000,000", "."])
    }

    @Test func readsArabicIndicDigitsWithArabicSeparators() throws {
        let (document, _) = try SegmentRun.document("بلغ ٣٫٥ مليون و١٬٠٠٠ دينار")
        let numbers = document.tokens.filter { $0.kind == .number }.map { document.text(of: $0.span) }
        #expect(numbers == ["٣٫٥", "١٬٠٠٠"])
    }

    @Test func keepsRangesWithoutSpacesInOneNumber() throws {
        #expect(try SegmentRun.tokens("from 3-5 and 2010–2015") == ["from", "3-5", "and", "2010–2015"])
    }

    @Test func splitsRangesWrittenWithSpaces() throws {
        #expect(try SegmentRun.tokens("3 - 5") == ["3", "-", "5"])
    }

    @Test func separatesDigitsFromAttachedArabicLetters() throws {
        #expect(try SegmentRun.tokens("عام 2015م") == ["عام", "2015", "م"])
    }

    @Test func keepsTimesAndDatesInOneNumber() throws {
        #expect(try SegmentRun.tokens("at 10:30 on 2015/08/01") == ["at", "10:30", "on", "2015/08/01"])
    }

    @Test func recognizesURLs() throws {
        let (document, _) = try SegmentRun.document(
            "See https://example.com/a?b=1. Or www.example.org, or example.com.")
        let urls = document.tokens.filter { $0.kind == .url }.map { document.text(of: $0.span) }
        #expect(urls == ["https://example.com/a?b=1", "www.example.org", "example.com"])
    }

    @Test func keepsABracketThatTheURLOpened() throws {
        #expect(
            try SegmentRun.tokens("(https://en.wikipedia.org/wiki/Amman_(city))") == [
                "(", "https://en.wikipedia.org/wiki/Amman_(city)", ")",
            ])
    }

    @Test func recognizesEmailAddresses() throws {
        let (document, _) = try SegmentRun.document("راسلونا على news.desk@example.co.uk.")
        let emails = document.tokens.filter { $0.kind == .email }.map { document.text(of: $0.span) }
        #expect(emails == ["news.desk@example.co.uk"])
    }

    @Test func recognizesHashtagsAndMentions() throws {
        let (document, _) = try SegmentRun.document("شكرا @news_desk على #الأردن و#Amman2024")
        let kinds = document.tokens.map { "\($0.kind.rawValue):\(document.text(of: $0.span))" }
        #expect(
            kinds == ["word:شكرا", "mention:@news_desk", "word:على", "hashtag:#الأردن", "word:و", "hashtag:#Amman2024"])
    }

    @Test func treatsAHashBeforeDigitsAsPunctuation() throws {
        #expect(try SegmentRun.tokens("#1") == ["#", "1"])
    }

    @Test func keepsHyphensAndApostrophesInsideLatinWords() throws {
        #expect(
            try SegmentRun.tokens("an all-girl team's robot, don't") == [
                "an", "all-girl", "team's", "robot", ",", "don't",
            ])
    }

    @Test func keepsTerminalRunsInOneToken() throws {
        #expect(try SegmentRun.tokens("حقا؟! Really?! Wait...") == ["حقا", "؟!", "Really", "?!", "Wait", "..."])
    }

    @Test func classifiesSymbols() throws {
        let (document, _) = try SegmentRun.document("$5 + 👍🏽")
        #expect(document.tokens.map(\.kind) == [.symbol, .number, .symbol, .symbol])
        #expect(document.text(of: document.tokens[3].span) == "👍🏽")
    }

    @Test func keepsDiacriticsAndTatweelInsideArabicWords() throws {
        #expect(try SegmentRun.tokens("الرَّئِيسُ قــال") == ["الرَّئِيسُ", "قــال"])
    }

    @Test func offsetsSliceTheOriginalTextAcrossAstralCharacters() throws {
        let text = "𝐀 قال\r\n\tالوزير\u{00A0}«نعم»"
        let (document, _) = try SegmentRun.document(text)
        let scalars = Array(text.unicodeScalars)
        for token in document.tokens {
            #expect(token.end <= scalars.count)
        }
        #expect(document.tokens.map { document.text(of: $0.span) } == ["𝐀", "قال", "الوزير", "«", "نعم", "»"])
    }

    @Test func keepsAbbreviationPeriodsInTheToken() throws {
        #expect(
            try SegmentRun.tokens("Mr. Smith met U.S. and د. أحمد") == [
                "Mr.", "Smith", "met", "U.S.", "and", "د.", "أحمد",
            ])
    }

    @Test func joinsArabicLetterAbbreviationsWithPeriods() throws {
        #expect(try SegmentRun.tokens("عام 300 ق.م. في ص.ب 12") == ["عام", "300", "ق.م.", "في", "ص.ب", "12"])
    }

    @Test func producesNoTokensForBlankText() throws {
        let (document, counts) = try SegmentRun.document(" \r\n\t\u{00A0}\u{200F}")
        #expect(document.tokens.isEmpty && document.sentences.isEmpty)
        #expect(counts["tokens"] == 0 && counts["sentences"] == 0)
    }
}
