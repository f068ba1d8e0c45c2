extension Lexicon {
    /// Arabic and English number words, magnitudes, fractions and vague multiples.
    mutating func addNumberWords() {
        addArabicNumerals()
        addEnglishNumerals()
        let magnitudes: [(Double, singular: [String], dual: [String], plural: [String])] = [
            (1e3, ["ألف", "thousand", "k"], ["ألفان", "ألفين", "ألفا", "ألفي"], ["آلاف", "ألوف", "thousands"]),
            (
                1e6, ["مليون", "million", "mn", "m"], ["مليونان", "مليونين", "مليونا", "مليوني"],
                ["ملايين", "millions"]
            ),
            (
                1e9, ["مليار", "بليون", "billion", "bn", "b"],
                ["ملياران", "مليارين", "مليارا", "ملياري", "بليونان", "بليونين", "بليونا", "بليوني"],
                ["مليارات", "بلايين", "billions"]
            ),
            (
                1e12, ["تريليون", "ترليون", "trillion", "tn", "trn"],
                ["تريليونان", "تريليونين", "تريليونا", "تريليوني"],
                ["تريليونات", "ترليونات", "trillions"]
            ),
        ]
        for (value, singular, dual, plural) in magnitudes {
            add(singular, .magnitude(value))
            add(dual, .dualMagnitude(value))
            add(plural, .pluralMagnitude(value))
        }
        add(["عشرات", "tens"], .vague(10))
        add(["dozens"], .vague(12))
        add(["scores"], .vague(20))
        add(["مئات", "hundreds"], .vague(100))
        add(["نصف", "half", "half a"], .fraction(0.5))
        add(["ربع", "quarter", "a quarter", "quarter of a"], .fraction(0.25))
        add(["و", "and"], .connector)
    }

    private mutating func addArabicNumerals() {
        // Masculine and feminine forms of 1–10, with the construct and case variants news text uses.
        let units: [(Double, [String])] = [
            (1, ["واحد", "واحدة"]),
            (2, ["اثنان", "اثنين", "اثنتان", "اثنتين"]),
            (3, ["ثلاث", "ثلاثة"]), (4, ["أربع", "أربعة"]), (5, ["خمس", "خمسة"]), (6, ["ست", "ستة"]),
            (7, ["سبع", "سبعة"]), (8, ["ثمان", "ثماني", "ثمانية"]), (9, ["تسع", "تسعة"]), (10, ["عشر", "عشرة"]),
        ]
        for (value, forms) in units { add(forms, .numeral(value)) }
        add(["أحد عشر", "إحدى عشرة"], .numeral(11))
        add(["اثنا عشر", "اثني عشر", "اثنتا عشرة", "اثنتي عشرة"], .numeral(12))
        for (value, forms) in units where (3...9).contains(value) {
            for form in forms { add(["\(form) عشر", "\(form) عشرة"], .numeral(10 + value)) }
        }
        let tens: [(Double, String)] = [
            (20, "عشر"), (30, "ثلاث"), (40, "أربع"), (50, "خمس"), (60, "ست"), (70, "سبع"), (80, "ثمان"), (90, "تسع"),
        ]
        for (value, stem) in tens { add(["\(stem)ون", "\(stem)ين"], .numeral(value)) }
        add(["مئة", "مائة", "مية"], .numeral(100))
        add(["مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي"], .numeral(200))
        let hundreds: [(Double, [String])] = [
            (300, ["ثلاث"]), (400, ["أربع"]), (500, ["خمس"]), (600, ["ست"]), (700, ["سبع"]), (800, ["ثمان", "ثماني"]),
            (900, ["تسع"]),
        ]
        for (value, stems) in hundreds {
            for stem in stems { add(["\(stem)مئة", "\(stem)مائة", "\(stem) مئة", "\(stem) مائة"], .numeral(value)) }
        }
    }

    private mutating func addEnglishNumerals() {
        let units = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        for (index, word) in units.enumerated() { add(word, .numeral(Double(index + 1))) }
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (index, word) in tens.enumerated() {
            let value = Double(20 + 10 * index)
            add(word, .numeral(value))
            for unit in 1...9 { add("\(word)-\(units[unit - 1])", .numeral(value + Double(unit))) }
        }
        add("hundred", .numeral(100))
    }
}
