extension Lexicon {
    /// Units of measure and of time in Arabic and English, by their usual symbol or English name.
    mutating func addUnits() {
        let measures: [(String, [String])] = [
            (
                "km",
                [
                    "كيلومتر", "كيلومترات", "كيلومترا", "كلم", "كم", "km", "kilometres", "kilometers", "kilometre",
                    "kilometer",
                ]
            ),
            ("m", ["متر", "أمتار", "مترا", "metres", "meters", "metre", "meter"]),
            ("cm", ["سنتيمتر", "سنتيمترات", "سم", "cm", "centimetres", "centimeters"]),
            ("mile", ["ميل", "أميال", "ميلا", "mile", "miles"]),
            (
                "km2",
                [
                    "كيلومتر مربع", "كيلومترات مربعة", "كيلومترا مربعا", "كلم مربع", "كم مربع", "km2",
                    "square kilometres", "square kilometers",
                ]
            ),
            ("m2", ["متر مربع", "أمتار مربعة", "مترا مربعا", "m2", "square metres", "square meters"]),
            ("m3", ["متر مكعب", "أمتار مكعبة", "مترا مكعبا", "cubic metres", "cubic meters"]),
            ("ha", ["هكتار", "هكتارات", "هكتارا", "hectare", "hectares"]),
            ("acre", ["acre", "acres"]),
            ("feddan", ["فدان", "أفدنة", "فدانا"]),
            ("dunam", ["دونم", "دونمات", "دونما", "dunam", "dunams", "dunums"]),
            ("t", ["طن", "أطنان", "طنا", "tonnes", "tons", "tonne", "ton"]),
            (
                "kg",
                [
                    "كيلوغرام", "كيلوغرامات", "كيلوغراما", "كيلوجرام", "كيلوجرامات", "كغ", "كلغ", "kg", "kilograms",
                    "kilogrammes",
                ]
            ),
            ("g", ["غرام", "غرامات", "غراما", "جرام", "جرامات", "grams", "grammes"]),
            ("l", ["لتر", "لترات", "لترا", "litres", "liters"]),
            ("barrel", ["برميل", "براميل", "برميلا", "barrel", "barrels"]),
            ("barrel/day", ["برميل يوميا", "برميل في اليوم", "barrels per day", "barrels a day", "bpd"]),
            ("MW", ["ميغاواط", "ميغاوات", "ميجاوات", "ميجاواط", "MW", "megawatts"]),
            ("GW", ["غيغاواط", "جيجاوات", "GW", "gigawatts"]),
            ("kWh", ["كيلوواط ساعة", "kWh"]),
            ("°C", ["درجة مئوية", "درجات مئوية", "°C", "degrees Celsius"]),
        ]
        for (unit, forms) in measures { add(forms, .unit(unit, .measure)) }
        let durations: [(String, [String], dual: [String])] = [
            ("second", ["ثانية", "ثوان", "ثواني", "seconds", "second"], ["ثانيتين", "ثانيتان"]),
            ("minute", ["دقيقة", "دقائق", "minutes", "minute"], ["دقيقتين", "دقيقتان"]),
            ("hour", ["ساعة", "ساعات", "hours", "hour"], ["ساعتين", "ساعتان"]),
            ("day", ["يوم", "أيام", "يوما", "days", "day"], ["يومين", "يومان"]),
            ("week", ["أسبوع", "أسابيع", "أسبوعا", "weeks", "week"], ["أسبوعين", "أسبوعان"]),
            ("month", ["شهر", "أشهر", "شهور", "شهرا", "months", "month"], ["شهرين", "شهران"]),
            (
                "year", ["سنة", "سنوات", "سنين", "عام", "أعوام", "عاما", "years", "year"],
                ["سنتين", "سنتان", "عامين", "عامان"]
            ),
            ("decade", ["عقد", "عقود", "decades", "decade"], ["عقدين", "عقدان"]),
            ("century", ["قرن", "قرون", "centuries", "century"], ["قرنين", "قرنان"]),
        ]
        for (unit, forms, dual) in durations {
            add(forms, .unit(unit, .duration))
            add(dual, .dualUnit(unit, .duration))
        }
    }
}
