import Testing

@testable import Quantities

/// How a number token written in digits is read.
@Suite struct NumberTextTests {
    func read(_ text: String) -> NumberText? { NumberText(Array(text.unicodeScalars)) }

    @Test func thousandsSeparatorsAndADecimalPoint() {
        #expect(read("12,000.50") == .value(12_000.5, integerDigits: 5, isPlain: false))
        #expect(read("1.200.000") == .value(1_200_000, integerDigits: 7, isPlain: false))
    }

    @Test func aCommaBeforeOtherThanThreeDigitsIsADecimalComma() {
        #expect(read("2,5") == .value(2.5, integerDigits: 1, isPlain: false))
        #expect(read("2,500") == .value(2500, integerDigits: 4, isPlain: false))
    }

    @Test func arabicIndicDigitsAndSeparators() {
        #expect(read("٣٫٥") == .value(3.5, integerDigits: 1, isPlain: false))
        #expect(read("١٢٬٥٠٠") == .value(12_500, integerDigits: 5, isPlain: false))
        #expect(read("٢٠٢٣") == .value(2023, integerDigits: 4, isPlain: true))
    }

    @Test func hyphensAndYearSlashesAreRanges() {
        #expect(read("3-5") == .range(3, 5))
        #expect(read("2023/2024") == .range(2023, 2024))
        #expect(read("2023/24") == .range(2023, 2024))
    }

    @Test func threeGroupsAreADate() {
        #expect(read("12/5/2023") == .date(DateParts(year: 2023, month: 5, day: 12)!))
        #expect(read("5/25/2023") == .date(DateParts(year: 2023, month: 5, day: 25)!))
        #expect(read("2023-05-12") == .date(DateParts(year: 2023, month: 5, day: 12)!))
    }

    @Test func timesFractionsAndMalformedGroupsAreNotNumbers() {
        #expect(read("10:30") == nil)
        #expect(read("5/3") == nil)
        #expect(read("1,2,3") == nil)
        #expect(read("5-3") == nil)
    }
}
