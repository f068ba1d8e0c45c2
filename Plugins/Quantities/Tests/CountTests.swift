import Testing

/// Counts: a number with the noun it counts, and the qualifiers around it.
@Suite struct CountTests {
    @Test func aQualifierANumberAndItsNounAreOneCount() throws {
        #expect(
            try QuantitiesRun.found("قتل أكثر من 300 جندي في الهجوم.")
                == [Found("أكثر من 300 جندي", "count", 300, unit: "جندي", qualifier: "more_than")])
    }

    @Test func aMagnitudeAfterDigitsMultipliesThem() throws {
        #expect(
            try QuantitiesRun.found("خرج 5 آلاف متظاهر.") == [Found("5 آلاف متظاهر", "count", 5000, unit: "متظاهر")])
    }

    @Test func aDefiniteNounAfterMinIsCounted() throws {
        #expect(
            try QuantitiesRun.found("أصيب 40 من الجنود.") == [Found("40 من الجنود", "count", 40, unit: "جنود")])
    }

    @Test func aPluralMagnitudeAloneCountsSeveralOfADefiniteNoun() throws {
        #expect(
            try QuantitiesRun.found("تظاهر آلاف المتظاهرين.")
                == [Found("آلاف المتظاهرين", "count", 1000, unit: "متظاهرين", qualifier: "several")])
    }

    @Test func tensOfThousandsMultiplyTheVagueMultiple() throws {
        #expect(
            try QuantitiesRun.found("خرج عشرات الآلاف من المتظاهرين، and hundreds of thousands of refugees fled.")
                == [
                    Found("عشرات الآلاف من المتظاهرين", "count", 10_000, unit: "متظاهرين", qualifier: "several"),
                    Found(
                        "hundreds of thousands of refugees", "count", 100_000, unit: "refugees", qualifier: "several"),
                ])
    }

    @Test func aTrailingQualifierJoinsTheQuantity() throws {
        #expect(
            try QuantitiesRun.found("قتل 200 شخص تقريبا.")
                == [Found("200 شخص تقريبا", "count", 200, unit: "شخص", qualifier: "approx")])
    }

    @Test func aFunctionWordAfterANumberIsNoCountedNoun() throws {
        #expect(
            try QuantitiesRun.found("قتل 300 في الهجوم.", QuantitiesRun.options(kinds: [.number, .count]))
                == [Found("300", "number", 300)])
    }

    @Test func englishCountsTakeTheirNounAndQualifier() throws {
        #expect(
            try QuantitiesRun.found("At least 5 people died and about 1.5 million fled.")
                == [
                    Found("At least 5 people", "count", 5, unit: "people", qualifier: "at_least")
                ])
    }

    @Test func aCliticBeforeTheFirstWordStaysOutOfTheSpan() throws {
        #expect(
            try QuantitiesRun.found("وصل وثلاثة آلاف جندي.")
                == [Found("ثلاثة آلاف جندي", "count", 3000, unit: "جندي")])
    }

    @Test func arabicIndicDigitsAndDiacriticsKeepOriginalOffsets() throws {
        #expect(
            try QuantitiesRun.found("قُتِلَ أكثـــر من ٣٠٠ جنديٍّ")
                == [Found("أكثـــر من ٣٠٠ جنديٍّ", "count", 300, unit: "جنديٍّ", qualifier: "more_than")])
    }

    @Test func theStageReadsTokensWithoutNormalize() throws {
        #expect(
            try QuantitiesRun.found("أكثر من ٣٠٠ جندي", normalize: false)
                == [Found("أكثر من ٣٠٠ جندي", "count", 300, unit: "جندي", qualifier: "more_than")])
    }
}
