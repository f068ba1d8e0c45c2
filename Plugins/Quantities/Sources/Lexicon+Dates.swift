extension Lexicon {
    /// Month names (Levantine and Iraqi, Egyptian and Gulf, Maghrebi, English) and year markers.
    mutating func addDates() {
        let months: [[String]] = [
            ["كانون الثاني", "يناير", "جانفي", "January", "Jan"],
            ["شباط", "فبراير", "فيفري", "February", "Feb"],
            ["آذار", "مارس", "March", "Mar"],
            ["نيسان", "أبريل", "إبريل", "أفريل", "April", "Apr"],
            ["أيار", "مايو", "ماي", "May"],
            ["حزيران", "يونيو", "يونيه", "جوان", "June", "Jun"],
            ["تموز", "يوليو", "يوليه", "جويلية", "July", "Jul"],
            ["آب", "أغسطس", "أوت", "August", "Aug"],
            ["أيلول", "سبتمبر", "September", "Sept", "Sep"],
            ["تشرين الأول", "أكتوبر", "October", "Oct"],
            ["تشرين الثاني", "نوفمبر", "November", "Nov"],
            ["كانون الأول", "ديسمبر", "December", "Dec"],
        ]
        for (index, names) in months.enumerated() { add(names, .month(index + 1)) }
        add(["م", "ميلادي", "ميلادية", "AD"], .yearMarker(.gregorian))
        add(["هـ", "ه", "هجري", "هجرية", "AH"], .yearMarker(.hijri))
    }
}
