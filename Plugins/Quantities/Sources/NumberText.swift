/// What a number token written in digits says: `12,000.5`, `٣٠`, `3-5`, `2023/2024`, `12/5/2023`.
enum NumberText: Equatable {
    /// One number; `integerDigits` is the count of digits before any decimal mark and `isPlain` says whether it was
    /// written as bare digits (`2023`, not `2,023` or `20.5`), which days and years must be.
    case value(Double, integerDigits: Int, isPlain: Bool)
    /// A range written with a hyphen or dash (`3-5`, `2020–2022`) or two years with a slash (`2023/2024`, `2023/24`).
    case range(Double, Double)
    /// A numeric date (`12/5/2023`, `2023-05-12`, `12.5.2023`).
    case date(DateParts)

    /// Reads the code points of a number token; nil for what is not a quantity (a time `10:30`, a bare `5/3`).
    init?(_ scalars: some Collection<Unicode.Scalar>) {
        var groups: [[Int]] = [[]]
        var separators: [UInt32] = []
        for scalar in scalars {
            if let digit = Self.digit(scalar.value) {
                groups[groups.count - 1].append(digit)
            } else {
                guard !groups[groups.count - 1].isEmpty else { return nil }
                separators.append(scalar.value)
                groups.append([])
            }
        }
        guard !groups[groups.count - 1].isEmpty else { return nil }
        if separators.isEmpty {
            self = .value(Self.integer(groups[0]), integerDigits: groups[0].count, isPlain: true)
        } else if let reading = Self.rangeOrDate(groups, separators) ?? Self.grouped(groups, separators) {
            self = reading
        } else {
            return nil
        }
    }

    /// The value of decimal digit code point `value` (ASCII, Arabic-Indic or Persian), or nil.
    static func digit(_ value: UInt32) -> Int? {
        switch value {
        case 0x30...0x39: return Int(value - 0x30)
        case 0x0660...0x0669: return Int(value - 0x0660)
        case 0x06F0...0x06F9: return Int(value - 0x06F0)
        default: return nil
        }
    }

    private static let hyphens: Set<UInt32> = [0x2D, 0x2010, 0x2011, 0x2013]
    private static let dateSeparators: Set<UInt32> = [0x2F, 0x2D, 0x2E]

    private static func integer(_ digits: [Int]) -> Double {
        Double(digits.reduce(0) { $0 * 10 + $1 })
    }

    /// `3-5`, `2023/2024`, `2023/24`, `12/5/2023`, `2023-05-12`; nil when the separators say something else.
    private static func rangeOrDate(_ groups: [[Int]], _ separators: [UInt32]) -> NumberText? {
        let values = groups.map(integer)
        if groups.count == 2, hyphens.contains(separators[0]), values[0] < values[1] {
            return .range(values[0], values[1])
        }
        if groups.count == 2, separators[0] == 0x2F, groups[0].count == 4 {
            if groups[1].count == 4, values[0] < values[1] { return .range(values[0], values[1]) }
            let century = (values[0] / 100).rounded(.down) * 100
            if groups[1].count == 2, century + values[1] > values[0] { return .range(values[0], century + values[1]) }
            return nil
        }
        guard groups.count == 3, separators[0] == separators[1], dateSeparators.contains(separators[0]) else {
            return nil
        }
        let numbers = values.map { Int($0) }
        if groups[0].count == 4 {
            return DateParts(year: numbers[0], month: numbers[1], day: numbers[2]).map(NumberText.date)
        }
        guard groups[2].count == 4 else { return nil }
        // Day first, as Arabic and European news write it; month first only when the first number cannot be one.
        let dayFirst = DateParts(year: numbers[2], month: numbers[1], day: numbers[0])
        return (dayFirst ?? DateParts(year: numbers[2], month: numbers[0], day: numbers[1])).map(NumberText.date)
    }

    /// `12,000`, `12,000.50`, `1.5`, `2,5`, `٣٫٥`, `1.200.000`: one number with thousands groups and a decimal mark.
    private static func grouped(_ groups: [[Int]], _ separators: [UInt32]) -> NumberText? {
        let arabicDecimal: UInt32 = 0x066B
        let arabicThousands: UInt32 = 0x066C
        let marks = Set(separators)
        guard marks.isSubset(of: [0x2C, 0x2E, arabicDecimal, arabicThousands]) else { return nil }
        // The decimal mark: ٫ always; else the last of `.` and `,` when both occur; else a single `.`; else a single
        // `,` not followed by exactly three digits (`2,5` but not `2,500`).
        var decimal: Int? = separators.lastIndex(of: arabicDecimal)
        if decimal == nil, marks.contains(0x2C), marks.contains(0x2E) {
            decimal = separators.count - 1
        } else if decimal == nil, separators.count == 1, separators[0] != arabicThousands {
            if separators[0] == 0x2E || groups[1].count != 3 { decimal = 0 }
        }
        let integerGroups = decimal.map { Array(groups[0...$0]) } ?? groups
        guard
            integerGroups.count == 1
                || integerGroups[0].count <= 3 && integerGroups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        if let decimal, decimal != separators.count - 1 { return nil }
        if let decimal, separators[..<decimal].contains(separators[decimal]) { return nil }
        let whole = integer(integerGroups.flatMap { $0 })
        let fraction = decimal.map { _ in groups[groups.count - 1] } ?? []
        let value = whole + fraction.reversed().reduce(0.0) { ($0 + Double($1)) / 10 }
        return .value(value, integerDigits: integerGroups.reduce(0) { $0 + $1.count }, isPlain: false)
    }
}
