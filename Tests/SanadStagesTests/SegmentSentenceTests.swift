import SanadCore
import SanadStages
import Testing

@Suite("segment: sentences")
struct SegmentSentenceTests {
    @Test func endsArabicSentencesAtTerminalMarks() throws {
        #expect(
            try SegmentRun.sentences("قال الوزير. وأضاف: نعم! هل انتهى؟ ربما…") == [
                "قال الوزير.", "وأضاف: نعم!", "هل انتهى؟", "ربما…",
            ])
    }

    @Test func keepsRunsOfTerminalMarksInTheSentence() throws {
        #expect(try SegmentRun.sentences("Really?! Yes. حقا؟! نعم.") == ["Really?!", "Yes.", "حقا؟!", "نعم."])
    }

    @Test func doesNotEndInsideNumbers() throws {
        #expect(
            try SegmentRun.sentences("The rate was 3.5 percent of 1,000. It rose.") == [
                "The rate was 3.5 percent of 1,000.", "It rose.",
            ])
    }

    @Test func doesNotEndAfterATitle() throws {
        #expect(try SegmentRun.sentences("Mr. Smith arrived. He spoke.") == ["Mr. Smith arrived.", "He spoke."])
    }

    @Test func doesNotEndAfterAnArabicSingleLetterAbbreviation() throws {
        #expect(
            try SegmentRun.sentences("التقى د. محمد علي بالوزير. ثم غادر.") == [
                "التقى د. محمد علي بالوزير.", "ثم غادر.",
            ])
    }

    @Test func doesNotEndAfterAnInitial() throws {
        #expect(
            try SegmentRun.sentences("George W. Bush spoke in J. K. Rowling's town.") == [
                "George W. Bush spoke in J. K. Rowling's town."
            ])
    }

    @Test func doesNotEndAfterAnInitialismInsideASentence() throws {
        #expect(try SegmentRun.sentences("The U.S. Army said so.") == ["The U.S. Army said so."])
    }

    @Test func endsAfterAnAbbreviationWhenTheNextWordStartsASentence() throws {
        #expect(
            try SegmentRun.sentences("He works at Acme Inc. The company grew in Washington D.C. It hired.") == [
                "He works at Acme Inc.", "The company grew in Washington D.C.", "It hired.",
            ])
    }

    @Test func treatsNoAsAnAbbreviationOnlyBeforeANumber() throws {
        #expect(
            try SegmentRun.sentences("He is No. 5 in line. I said no. Then I left.") == [
                "He is No. 5 in line.", "I said no.", "Then I left.",
            ])
    }

    @Test func doesNotEndInsideAcronymsSpelledInArabic() throws {
        #expect(
            try SegmentRun.sentences("وذكرت بي. بي. سي. أن الوفد وصل. ثم غادر.") == [
                "وذكرت بي. بي. سي. أن الوفد وصل.", "ثم غادر.",
            ])
    }

    @Test func doesNotEndAfterTheNumberOfAListItem() throws {
        #expect(
            try SegmentRun.sentences("1. البند الأول.\n2. البند الثاني.") == ["1. البند الأول.", "2. البند الثاني."])
    }

    @Test func doesNotEndInsideURLs() throws {
        #expect(
            try SegmentRun.sentences("See example.com/a.b for more. Visit www.example.org. Then leave.") == [
                "See example.com/a.b for more.", "Visit www.example.org.", "Then leave.",
            ])
    }

    @Test func keepsTheClosingQuoteWithTheSentenceItCloses() throws {
        #expect(
            try SegmentRun.sentences("قال: «انتهى الأمر.» ثم غادر. He said: \"It is over.\" Then he left.") == [
                "قال: «انتهى الأمر.»", "ثم غادر.", "He said: \"It is over.\"", "Then he left.",
            ])
    }

    @Test func keepsAClosingQuoteTypedAfterASpaceWithTheSentence() throws {
        #expect(try SegmentRun.sentences("قال: « انتهى الأمر . » ثم غادر.") == ["قال: « انتهى الأمر . »", "ثم غادر."])
    }

    @Test func startsTheNextSentenceWithAStraightQuoteAfterASpace() throws {
        #expect(try SegmentRun.sentences("He left. \"Why?\" she asked.") == ["He left.", "\"Why?\" she asked."])
    }

    @Test func keepsTheClosingBracketWithTheSentenceItCloses() throws {
        #expect(try SegmentRun.sentences("(See the map.) Then go.") == ["(See the map.)", "Then go."])
    }

    @Test func continuesAQuotedQuestionFollowedByALowercaseWord() throws {
        #expect(
            try SegmentRun.sentences("\"Are you sure?\" she asked. Wait... what?") == [
                "\"Are you sure?\" she asked.", "Wait... what?",
            ])
    }

    @Test func endsArabicSentencesWrittenWithoutASpaceAfterThePeriod() throws {
        #expect(try SegmentRun.sentences("انتهى الاجتماع.وقال الوزير") == ["انتهى الاجتماع.", "وقال الوزير"])
    }

    @Test func endsAfterAYearMarker() throws {
        #expect(try SegmentRun.sentences("تأسست عام 1932م. وقال المدير") == ["تأسست عام 1932م.", "وقال المدير"])
    }

    @Test func makesAHeadlineWithoutPunctuationItsOwnSentence() throws {
        #expect(
            try SegmentRun.sentences("الأمطار تغمر عمان\nهطلت أمطار غزيرة. وأغلقت الطرق.") == [
                "الأمطار تغمر عمان", "هطلت أمطار غزيرة.", "وأغلقت الطرق.",
            ])
    }

    @Test func endsAtEveryLineBreakByDefault() throws {
        #expect(
            try SegmentRun.sentences("line one\r\nline two\n\n\nline three") == ["line one", "line two", "line three"])
    }

    @Test func endsOnlyAtBlankLinesWithPolicyTwo() throws {
        let options = SegmentRun.options(lineBreaks: .two)
        #expect(
            try SegmentRun.sentences("line one\nline two\n \t\nline three", options) == [
                "line one\nline two", "line three",
            ])
    }

    @Test func treatsLineBreaksAsSpacesWithPolicyNever() throws {
        let options = SegmentRun.options(lineBreaks: .never)
        #expect(try SegmentRun.sentences("line one\n\nline two. Next", options) == ["line one\n\nline two.", "Next"])
    }

    @Test func excludesSurroundingWhitespaceFromSentenceSpans() throws {
        let (document, _) = try SegmentRun.document("\u{00A0} \tHello there.  \r\n")
        #expect(document.sentences.map(\.span) == [Span(start: 3, end: 15)])
    }
}
