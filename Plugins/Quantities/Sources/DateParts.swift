/// A calendar date that may lack its year, month or day: `5 May`, `May 2023`, `2023`.
struct DateParts: Hashable {
    var year: Int?
    var month: Int?
    var day: Int?

    /// A date; nil when a month outside 1–12 or a day outside 1–31 is given, or nothing is.
    init?(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        if let month, !(1...12).contains(month) { return nil }
        if let day, !(1...31).contains(day) { return nil }
        guard year != nil || month != nil else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date in TimeML's TIMEX3 notation, the usual annotation for partial dates: `2023-05-03`, `XXXX-05-03` when
    /// the year is not written, `2023-05`, `2023`.
    var timex: String {
        let year = self.year.map { String($0).leftPadded(4) } ?? "XXXX"
        guard let month else { return year }
        let monthText = String(month).leftPadded(2)
        guard let day else { return "\(year)-\(monthText)" }
        return "\(year)-\(monthText)-\(String(day).leftPadded(2))"
    }

    /// This date with the parts it lacks taken from `other` (`3` in `3–5 May 2023` takes May 2023).
    func completed(from other: DateParts) -> DateParts {
        var result = self
        if result.month == nil && result.day != nil { result.month = other.month }
        if result.year == nil { result.year = other.year }
        return result
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
