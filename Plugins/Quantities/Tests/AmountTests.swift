import Testing

/// Amounts: digits, magnitudes and number words, and how they join.
@Suite struct AmountTests {
    let numbers = QuantitiesRun.options(kinds: [.number])

    @Test func arabicNumberWordsTakeAPluralMagnitude() throws {
        #expect(try QuantitiesRun.found("ثلاثة ملايين", numbers) == [Found("ثلاثة ملايين", "number", 3_000_000)])
    }

    @Test func unitsJoinTensAndHundredsJoinSmallerNumbers() throws {
        #expect(
            try QuantitiesRun.found("خمسة وعشرون ألف شخص، ثلاثمائة وخمسون ألف نسمة")
                == [
                    Found("خمسة وعشرون ألف شخص", "count", 25_000, unit: "شخص"),
                    Found("ثلاثمائة وخمسون ألف نسمة", "count", 350_000, unit: "نسمة"),
                ])
    }

    @Test func aDualMagnitudeAloneIsTwiceIt() throws {
        #expect(try QuantitiesRun.found("بيع ألفي قميص.") == [Found("ألفي قميص", "count", 2000, unit: "قميص")])
    }

    @Test func aDualMagnitudeAfterANumberIsTheMagnitude() throws {
        #expect(
            try QuantitiesRun.found("نزح 20 ألفا من السكان.") == [
                Found("20 ألفا من السكان", "count", 20_000, unit: "سكان")
            ])
    }

    @Test func halfAfterAMagnitudeAddsHalfOfIt() throws {
        #expect(
            try QuantitiesRun.found("بلغت مليون ونصف المليون يورو.")
                == [Found("مليون ونصف المليون يورو", "money", 1_500_000, unit: "EUR")])
    }

    @Test func aSmallerAmountAfterWawJoinsTheMagnitude() throws {
        #expect(
            try QuantitiesRun.found("بلغت 2 مليون و300 ألف دولار.")
                == [Found("2 مليون و300 ألف دولار", "money", 2_300_000, unit: "USD")])
    }

    @Test func englishAndDoesNotJoinTwoAmountsInDigits() throws {
        #expect(
            try QuantitiesRun.found("$12bn and 1.5 million", QuantitiesRun.options(kinds: [.money, .number]))
                == [Found("$12bn", "money", 12e9, unit: "USD"), Found("1.5 million", "number", 1.5e6)])
    }

    @Test func englishNumberWordsCombine() throws {
        #expect(
            try QuantitiesRun.found("two hundred and fifty soldiers, twenty-five people")
                == [
                    Found("two hundred and fifty soldiers", "count", 250, unit: "soldiers"),
                    Found("twenty-five people", "count", 25, unit: "people"),
                ])
    }

    @Test func aLoneOneOrAFractionIsNoQuantity() throws {
        #expect(try QuantitiesRun.found("دولة واحدة ونصف السكان", numbers) == [])
    }

    @Test func aFractionBeforeAMagnitudeMultipliesIt() throws {
        #expect(try QuantitiesRun.found("نصف مليون لاجئ") == [Found("نصف مليون لاجئ", "count", 500_000, unit: "لاجئ")])
    }

    @Test func theFractionFirstDecimalWithRehIsRead() throws {
        #expect(
            try QuantitiesRun.found("بلغت 5ر14 مليون دولار")
                == [Found("5ر14 مليون دولار", "money", 14_500_000, unit: "USD")])
    }

    @Test func decimalCommasAndThousandsSeparatorsAreToldApart() throws {
        #expect(
            try QuantitiesRun.found(
                "2,5 مليون، 12,000 people، ١٢٬٥٠٠ جندي", QuantitiesRun.options(kinds: [.number, .count]))
                == [
                    Found("2,5 مليون", "number", 2_500_000), Found("12,000 people", "count", 12_000, unit: "people"),
                    Found("١٢٬٥٠٠ جندي", "count", 12_500, unit: "جندي"),
                ])
    }
}
