extension Lexicon {
    /// Currency symbols, codes and names in Arabic and English.
    mutating func addCurrencies() {
        let symbols: [(String, String)] = [
            ("$", "USD"), ("US $", "USD"), ("€", "EUR"), ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"),
            ("₺", "TRY"), ("₽", "RUB"),
        ]
        for (symbol, code) in symbols { add(symbol, .currency(code, before: true)) }
        let codes = [
            "USD", "EUR", "GBP", "JPY", "CNY", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "EGP", "JOD", "IQD", "LBP",
            "SYP", "TRY", "MAD", "DZD", "TND", "LYD", "ILS", "IRR", "RUB", "CHF",
        ]
        for code in codes { add(code, .currency(code, before: true)) }
        // Arabic: the noun alone names the currency only for the dollar, euro and pound sterling; with the country's
        // adjective it names the code.
        let arabic: [(nouns: [String], name: String, adjectives: [([String], String)])] = [
            (
                ["دولار", "دولارات", "دولارا"], "USD",
                [
                    (["أمريكي", "أميركي", "أمريكية", "أميركية"], "USD"),
                    (["كندي", "كندية"], "CAD"), (["أسترالي", "أسترالية", "استرالي", "استرالية"], "AUD"),
                ]
            ),
            (["يورو", "يوروهات"], "EUR", []),
            (
                ["جنيه", "جنيهات", "جنيها"], "pound",
                [
                    (["مصري", "مصرية"], "EGP"), (["إسترليني", "استرليني", "إسترلينية", "استرلينية"], "GBP"),
                    (["سوداني", "سودانية"], "SDG"),
                ]
            ),
            (
                ["ريال", "ريالات", "ريالا"], "riyal",
                [
                    (["سعودي", "سعودية"], "SAR"), (["قطري", "قطرية"], "QAR"), (["عماني", "عمانية"], "OMR"),
                    (["يمني", "يمنية"], "YER"), (["إيراني", "إيرانية"], "IRR"),
                ]
            ),
            (
                ["دينار", "دنانير", "دينارا"], "dinar",
                [
                    (["كويتي", "كويتية"], "KWD"), (["أردني", "أردنية"], "JOD"), (["عراقي", "عراقية"], "IQD"),
                    (["بحريني", "بحرينية"], "BHD"), (["ليبي", "ليبية"], "LYD"), (["تونسي", "تونسية"], "TND"),
                    (["جزائري", "جزائرية"], "DZD"),
                ]
            ),
            (
                ["درهم", "دراهم", "درهما"], "dirham",
                [(["إماراتي", "إماراتية"], "AED"), (["مغربي", "مغربية"], "MAD")]
            ),
            (
                ["ليرة", "ليرات"], "lira",
                [
                    (["تركية"], "TRY"), (["سورية"], "SYP"), (["لبنانية"], "LBP"),
                ]
            ),
            (["شيكل", "شيقل", "شواكل", "شيكلا", "شيقلا"], "ILS", []),
            (["يوان"], "CNY", []), (["ين"], "JPY", []), (["روبل"], "RUB", []), (["روبية", "روبيات"], "rupee", []),
            (["فرنك"], "franc", [(["سويسري"], "CHF")]),
        ]
        for (nouns, name, adjectives) in arabic {
            add(nouns, .currency(name, before: false))
            for noun in nouns {
                for (forms, code) in adjectives {
                    for adjective in forms { add("\(noun) \(adjective)", .currency(code, before: false)) }
                }
            }
        }
        let english: [([String], String)] = [
            (["dollar", "dollars", "US dollars", "U.S. dollars"], "USD"), (["euro", "euros"], "EUR"),
            (["pound sterling", "pounds sterling", "sterling"], "GBP"), (["pound", "pounds"], "pound"),
            (["riyal", "riyals"], "riyal"), (["Saudi riyals", "Saudi riyal"], "SAR"), (["dinar", "dinars"], "dinar"),
            (["dirham", "dirhams"], "dirham"), (["lira", "liras", "lire"], "lira"), (["shekel", "shekels"], "ILS"),
            (["yen"], "JPY"), (["yuan"], "CNY"), (["rouble", "roubles", "ruble", "rubles"], "RUB"),
            (["Egyptian pounds", "Egyptian pound"], "EGP"),
        ]
        for (phrases, code) in english { add(phrases, .currency(code, before: false)) }
    }
}
