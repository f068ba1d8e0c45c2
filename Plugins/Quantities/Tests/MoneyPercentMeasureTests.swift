import Testing

/// Money, percentages, measures and durations.
@Suite struct MoneyPercentMeasureTests {
    @Test func anArabicMagnitudeAndCurrencyMakeMoneyInTheCurrencysCode() throws {
        #expect(
            try QuantitiesRun.found("بقيمة 12 مليار دولار.") == [Found("12 مليار دولار", "money", 12e9, unit: "USD")])
    }

    @Test func aSymbolBeforeAndAMagnitudeSuffixMakeMoney() throws {
        #expect(
            try QuantitiesRun.found("a $12bn deal, US$5.2 billion and €3m")
                == [
                    Found("$12bn", "money", 12e9, unit: "USD"), Found("US$5.2 billion", "money", 5.2e9, unit: "USD"),
                    Found("€3m", "money", 3e6, unit: "EUR"),
                ])
    }

    @Test func theCountrysAdjectiveNamesTheCurrency() throws {
        #expect(
            try QuantitiesRun.found("500 ريال سعودي و70 مليون ريال")
                == [
                    Found("500 ريال سعودي", "money", 500, unit: "SAR"),
                    Found("70 مليون ريال", "money", 70e6, unit: "riyal"),
                ])
    }

    @Test func percentagesInWordsAndSigns() throws {
        #expect(
            try QuantitiesRun.found("30 في المئة و30% و٣٠٪ و12 بالمئة")
                == [
                    Found("30 في المئة", "percent", 30, unit: "%"), Found("30%", "percent", 30, unit: "%"),
                    Found("٣٠٪", "percent", 30, unit: "%"), Found("12 بالمئة", "percent", 12, unit: "%"),
                ])
    }

    @Test func percentagePointsAreTheirOwnUnit() throws {
        #expect(
            try QuantitiesRun.found("ارتفع 3 نقاط مئوية") == [
                Found("3 نقاط مئوية", "percent", 3, unit: "percentage_point")
            ])
    }

    @Test func unitsOfMeasureWrittenApartOrAttached() throws {
        #expect(
            try QuantitiesRun.found("50 كلم و5km و224 ألف برميل يوميا")
                == [
                    Found("50 كلم", "measure", 50, unit: "km"), Found("5km", "measure", 5, unit: "km"),
                    Found("224 ألف برميل يوميا", "measure", 224_000, unit: "barrel/day"),
                ])
    }

    @Test func durationsIncludingDualNouns() throws {
        #expect(
            try QuantitiesRun.found("منذ 10 سنوات وخلال يومين")
                == [Found("10 سنوات", "duration", 10, unit: "year"), Found("يومين", "duration", 2, unit: "day")])
    }
}
