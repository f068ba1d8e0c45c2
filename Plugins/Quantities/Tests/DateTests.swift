import Testing

/// Dates and years.
@Suite struct DateTests {
    @Test func aDayAMonthWithItsEquivalentAndAYear() throws {
        #expect(
            try QuantitiesRun.found("في 5 أيار/مايو 2023") == [Found("5 أيار/مايو 2023", "date", date: "2023-05-05")])
    }

    @Test func aMonthInParenthesesAndNoYearLeavesTheYearUnknown() throws {
        #expect(
            try QuantitiesRun.found("مساء 9 يونيو (حزيران) الماضي")
                == [Found("9 يونيو (حزيران)", "date", date: "XXXX-06-09")])
    }

    @Test func aTwoWordLevantineMonthAndAYear() throws {
        #expect(
            try QuantitiesRun.found("في كانون الثاني/يناير 2024") == [
                Found("كانون الثاني/يناير 2024", "date", date: "2024-01")
            ])
    }

    @Test func anEnglishMonthFirstDate() throws {
        #expect(try QuantitiesRun.found("on May 3, 2023") == [Found("May 3, 2023", "date", date: "2023-05-03")])
    }

    @Test func aMonthAloneIsNoDate() throws {
        #expect(try QuantitiesRun.found("You may leave in May.") == [])
    }

    @Test func aYearAfterAYearWordLeavesTheWordOut() throws {
        #expect(try QuantitiesRun.found("منذ عام 2011") == [Found("2011", "date", date: "2011")])
    }

    @Test func fourDigitsThatCanBeARecentYearAreOneBeforeAWord() throws {
        #expect(try QuantitiesRun.found("وكانت ألعاب لندن 2012 شهدت") == [Found("2012", "date", date: "2012")])
    }

    @Test func fourDigitsOutsideRecentYearsCountTheirNoun() throws {
        #expect(try QuantitiesRun.found("نشر 1500 جندي") == [Found("1500 جندي", "count", 1500, unit: "جندي")])
    }

    @Test func aHijriYearMarkerNamesTheCalendar() throws {
        #expect(
            try QuantitiesRun.found("عام 1445 هـ") == [Found("1445 هـ", "date", date: "1445", calendar: "hijri")])
    }

    @Test func numericDatesAreDayFirst() throws {
        #expect(
            try QuantitiesRun.found("في 12/5/2023 و2023-05-12")
                == [Found("12/5/2023", "date", date: "2023-05-12"), Found("2023-05-12", "date", date: "2023-05-12")])
    }

    @Test func aTimeIsNoQuantity() throws {
        #expect(try QuantitiesRun.found("في الساعة 10:30", QuantitiesRun.options(kinds: [.number, .date])) == [])
    }
}
