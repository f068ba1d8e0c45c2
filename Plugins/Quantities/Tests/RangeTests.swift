import Testing

/// Ranges: two ends of one kind.
@Suite struct RangeTests {
    @Test func aBareDayTakesTheMonthOfTheOtherEnd() throws {
        #expect(
            try QuantitiesRun.found("من 3 إلى 5 أيار/مايو")
                == [Found("من 3 إلى 5 أيار/مايو", "range", of: "date", from: "XXXX-05-03", to: "XXXX-05-05")])
    }

    @Test func anEarlierDateTakesTheYearOfTheLaterOne() throws {
        #expect(
            try QuantitiesRun.found("من 3 أيار إلى 5 حزيران 2023")
                == [Found("من 3 أيار إلى 5 حزيران 2023", "range", of: "date", from: "2023-05-03", to: "2023-06-05")])
    }

    @Test func aHyphenatedDayRangeBeforeAMonth() throws {
        #expect(
            try QuantitiesRun.found("on 3-5 May")
                == [Found("3-5 May", "range", of: "date", from: "XXXX-05-03", to: "XXXX-05-05")])
    }

    @Test func betweenTakesWawAndTheUnitOfTheSecondEnd() throws {
        #expect(
            try QuantitiesRun.found("بين 10 و20 في المئة")
                == [Found("بين 10 و20 في المئة", "range", unit: "%", of: "percent", from: 10, to: 20)])
    }

    @Test func withoutBetweenWawSeparatesTwoQuantities() throws {
        #expect(
            try QuantitiesRun.found("10 و20 في المئة", QuantitiesRun.options(kinds: [.number, .percent]))
                == [Found("10", "number", 10), Found("20 في المئة", "percent", 20, unit: "%")])
    }

    @Test func numberWordsJoinedByWawAfterBetweenAreTwoEnds() throws {
        #expect(
            try QuantitiesRun.found("بين ثلاثة وخمسة أشخاص")
                == [Found("بين ثلاثة وخمسة أشخاص", "range", unit: "أشخاص", of: "count", from: 3, to: 5)])
    }

    @Test func theMagnitudeIsSharedOnlyWithASmallerNumber() throws {
        #expect(
            try QuantitiesRun.found("من 3 إلى 5 ملايين دولار، from 500 to 2 million dollars")
                == [
                    Found("من 3 إلى 5 ملايين دولار", "range", unit: "USD", of: "money", from: 3e6, to: 5e6),
                    Found("from 500 to 2 million dollars", "range", unit: "USD", of: "money", from: 500, to: 2e6),
                ])
    }

    @Test func yearRangesWithYearWordsOrASlash() throws {
        #expect(
            try QuantitiesRun.found("بين عامي 2012 و2014، موسم 2023/2024")
                == [
                    Found("بين عامي 2012 و2014", "range", of: "date", from: "2012", to: "2014"),
                    Found("2023/2024", "range", of: "date", from: "2023", to: "2024"),
                ])
    }

    @Test func aRecentYearAfterANumberThatIsNoYearCountsItsNoun() throws {
        #expect(
            try QuantitiesRun.found("في كل سيارة ما بين 1500 و2000 حبة")
                == [Found("ما بين 1500 و2000 حبة", "range", unit: "حبة", of: "count", from: 1500, to: 2000)])
    }

    @Test func aBareYearShapedEndTakesTheCountOfTheOther() throws {
        #expect(
            try QuantitiesRun.found("بين 2000 و3000 جندي")
                == [Found("بين 2000 و3000 جندي", "range", unit: "جندي", of: "count", from: 2000, to: 3000)])
    }
}
