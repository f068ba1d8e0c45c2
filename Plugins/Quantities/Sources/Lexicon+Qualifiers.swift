extension Lexicon {
    /// Qualifiers, percent phrases and range words.
    mutating func addQualifiersAndRanges() {
        let before: [(Qualifier, [String])] = [
            (
                .approx,
                [
                    "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "ما يقرب من", "ما يناهز", "يناهز", "يقارب",
                    "about", "around", "approximately", "roughly", "some", "nearly", "almost", "an estimated",
                ]
            ),
            (
                .moreThan,
                [
                    "أكثر من", "أزيد من", "ما يزيد على", "ما يزيد عن", "ما يربو على", "يزيد على", "يزيد عن",
                    "more than", "over", "above", "in excess of", "upwards of",
                ]
            ),
            (.lessThan, ["أقل من", "ما دون", "ما يقل عن", "less than", "fewer than", "under", "below"]),
            (.atLeast, ["ما لا يقل عن", "لا يقل عن", "at least", "no fewer than", "no less than"]),
            (
                .atMost,
                ["ما لا يزيد على", "ما لا يزيد عن", "لا يزيد على", "لا يزيد عن", "at most", "up to", "no more than"]
            ),
        ]
        for (qualifier, phrases) in before { add(phrases, .qualifier(qualifier)) }
        add(["تقريبا", "or so", "approximately"], .trailingQualifier(.approx))
        add(["على الأقل", "at least", "or more"], .trailingQualifier(.atLeast))
        add(["على الأكثر", "at most"], .trailingQualifier(.atMost))
        add(
            ["%", "٪", "في المئة", "في المائة", "بالمئة", "بالمائة", "في المية", "percent", "per cent", "pct"],
            .percent(unit: "%"))
        add(
            ["نقطة مئوية", "نقاط مئوية", "percentage points", "percentage point"],
            .percent(unit: "percentage_point"))
        add(["من", "من عام", "from"], .rangeOpener(isBetween: false))
        add(["بين", "ما بين", "بين عامي", "ما بين عامي", "بين العامين", "between"], .rangeOpener(isBetween: true))
        add(["إلى", "الى", "حتى", "to", "-", "–", "—"], .rangeSeparator(needsBetween: false))
        add(["و", "and"], .rangeSeparator(needsBetween: true))
    }
}
