import Foundation
import SanadCore

/// The gazetteer that ships with the tagger: every country and territory Foundation can name, in Arabic and
/// English, plus capitals, major cities, regions, international organizations, clubs, companies, media and
/// parties, and common Arabic and foreign given names.
///
/// Country names come from `Locale` (ICU's region names), so no data file is needed and the list follows the
/// platform's CLDR. The other lists are written here by hand (facts, no third-party data).
enum BuiltinGazetteer {
    /// The built-in names, built once per process (a few milliseconds).
    static let names: [Gazetteer.Name] = {
        var names: [Gazetteer.Name] = []
        func add(_ list: [String], _ label: Entity.Label) {
            for text in list { names.append(Gazetteer.Name(text: text, label: label, source: .lists)) }
        }
        add(countryNames(), .location)
        add(places.split(separator: "\n").map(String.init), .location)
        add(organizations.split(separator: "\n").map(String.init), .organization)
        add(moreOrganizations.split(separator: "\n").map(String.init), .organization)
        add(firstNames.split(separator: " ").map(String.init), .person)
        add(compoundFirstNames, .person)
        add(foreignFirstNames.split(separator: " ").map(String.init), .person)
        return names
    }()

    /// Region codes that name groupings rather than places (European Union, Eurozone, United Nations…).
    private static let nonPlaceRegions: Set<String> = ["EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"]

    /// Every ISO region's name in Arabic and English, with its parenthesized part dropped and, for names like
    /// `الكونغو - كينشاسا`, the part before the dash as well.
    private static func countryNames() -> [String] {
        let locales = [Locale(identifier: "ar"), Locale(identifier: "en")]
        var result: [String] = []
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, code.allSatisfy(\.isLetter), !nonPlaceRegions.contains(code) else { continue }
            for locale in locales {
                guard let localized = locale.localizedString(forRegionCode: code) else { continue }
                // Cut and trimmed as scalars: Foundation's `trimmingCharacters` and `range(of:)` on 500 names took
                // a good part of the start-up.
                var name = Substring(localized).unicodeScalars
                if let open = name.firstIndex(of: "(") { name = name[..<open] }
                while let first = name.first, isBlank(first) { name.removeFirst() }
                while let last = name.last, isBlank(last) { name.removeLast() }
                result.append(String(name))
                if let dash = name.firstRange(of: " - ".unicodeScalars) {
                    result.append(String(name[..<dash.lowerBound]))
                }
            }
        }
        return result
    }

    /// Whether `scalar` is one of `CharacterSet.whitespaces` (a space separator or a tab).
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// Capitals, major cities, regions, seas and rivers, one per line, Arabic then English.
    private static let places = """
        واشنطن
        نيويورك
        لوس أنجلوس
        شيكاغو
        سان فرانسيسكو
        بوسطن
        ميامي
        هيوستن
        لندن
        مانشستر
        باريس
        مرسيليا
        ليون
        برلين
        ميونيخ
        فرانكفورت
        هامبورغ
        روما
        ميلانو
        نابولي
        مدريد
        برشلونة
        لشبونة
        أثينا
        بروكسل
        أمستردام
        لاهاي
        فيينا
        برن
        جنيف
        زيوريخ
        ستوكهولم
        أوسلو
        كوبنهاغن
        هلسنكي
        دبلن
        وارسو
        براغ
        بودابست
        بوخارست
        صوفيا
        بلغراد
        زغرب
        سراييفو
        تيرانا
        موسكو
        سان بطرسبورغ
        كييف
        مينسك
        تبليسي
        يريفان
        باكو
        أنقرة
        إسطنبول
        اسطنبول
        طهران
        مشهد
        أصفهان
        كابول
        قندهار
        إسلام آباد
        كراتشي
        لاهور
        نيودلهي
        دلهي
        مومباي
        دكا
        كولومبو
        كاتماندو
        بكين
        شنغهاي
        هونغ كونغ
        تايبيه
        طوكيو
        أوساكا
        بيونغ يانغ
        بانكوك
        هانوي
        جاكرتا
        كوالالمبور
        مانيلا
        سنغافورة
        طشقند
        أستانا
        ألماتي
        سيدني
        ملبورن
        كانبيرا
        ويلينغتون
        أوتاوا
        تورنتو
        مونتريال
        مكسيكو
        هافانا
        كاراكاس
        بوغوتا
        ليما
        سانتياغو
        بوينس آيرس
        برازيليا
        ريو دي جانيرو
        ساو باولو
        القاهرة
        الإسكندرية
        الجيزة
        أسوان
        الأقصر
        بورسعيد
        السويس
        الإسماعيلية
        شرم الشيخ
        الرياض
        جدة
        مكة
        مكة المكرمة
        المدينة المنورة
        الدمام
        الخبر
        الطائف
        تبوك
        أبها
        جازان
        نجران
        القصيم
        بريدة
        حائل
        الأحساء
        ينبع
        دبي
        أبوظبي
        أبو ظبي
        الشارقة
        عجمان
        الفجيرة
        رأس الخيمة
        الدوحة
        المنامة
        مسقط
        صنعاء
        عدن
        تعز
        الحديدة
        مأرب
        صعدة
        حضرموت
        بغداد
        البصرة
        الموصل
        أربيل
        كركوك
        النجف
        كربلاء
        الفلوجة
        الرمادي
        تكريت
        دمشق
        حلب
        حمص
        حماة
        اللاذقية
        إدلب
        الرقة
        دير الزور
        درعا
        بيروت
        صيدا
        طرابلس
        بعلبك
        عمان
        الزرقاء
        إربد
        العقبة
        القدس
        غزة
        رام الله
        الخليل
        نابلس
        جنين
        بيت لحم
        أريحا
        رفح
        خان يونس
        تل أبيب
        حيفا
        يافا
        عكا
        الناصرة
        بنغازي
        مصراتة
        سرت
        تونس
        صفاقس
        الجزائر
        وهران
        قسنطينة
        الرباط
        الدار البيضاء
        مراكش
        فاس
        طنجة
        نواكشوط
        الخرطوم
        أم درمان
        دارفور
        مقديشو
        هرجيسا
        أديس أبابا
        أسمرة
        نيروبي
        كمبالا
        دار السلام
        كيغالي
        جوبا
        نجامينا
        نيامي
        باماكو
        داكار
        أبوجا
        لاغوس
        أكرا
        أبيدجان
        كينشاسا
        لواندا
        هراري
        لوساكا
        جوهانسبرغ
        كيب تاون
        بريتوريا
        أوروبا
        آسيا
        أفريقيا
        إفريقيا
        أمريكا
        أميركا
        أمريكا اللاتينية
        أمريكا الشمالية
        أمريكا الجنوبية
        أستراليا
        الشرق الأوسط
        الشرق الأدنى
        الخليج
        الخليج العربي
        المغرب العربي
        شمال أفريقيا
        البلقان
        القوقاز
        آسيا الوسطى
        سيناء
        كردستان
        الضفة الغربية
        قطاع غزة
        الجولان
        كشمير
        الشيشان
        القرم
        البحر المتوسط
        البحر الأبيض المتوسط
        البحر الأحمر
        البحر الأسود
        البحر الكاريبي
        المحيط الهادئ
        المحيط الهادي
        المحيط الأطلسي
        المحيط الهندي
        النيل
        الفرات
        دجلة
        بريطانيا
        إنجلترا
        انجلترا
        اسكتلندا
        ويلز
        الصين
        فلسطين
        سورية
        الإمارات
        السعودية
        التشيك
        البوسنة
        الكونغو
        Washington
        New York
        Los Angeles
        Chicago
        San Francisco
        Boston
        London
        Manchester
        Paris
        Berlin
        Munich
        Frankfurt
        Rome
        Milan
        Madrid
        Barcelona
        Lisbon
        Athens
        Brussels
        Amsterdam
        The Hague
        Vienna
        Geneva
        Zurich
        Stockholm
        Oslo
        Copenhagen
        Helsinki
        Dublin
        Warsaw
        Prague
        Budapest
        Bucharest
        Sofia
        Belgrade
        Moscow
        Saint Petersburg
        Kyiv
        Kiev
        Minsk
        Ankara
        Istanbul
        Tehran
        Kabul
        Islamabad
        Karachi
        New Delhi
        Delhi
        Mumbai
        Beijing
        Shanghai
        Tokyo
        Seoul
        Bangkok
        Jakarta
        Manila
        Sydney
        Melbourne
        Ottawa
        Toronto
        Mexico City
        Havana
        Buenos Aires
        Cairo
        Alexandria
        Riyadh
        Jeddah
        Mecca
        Medina
        Dubai
        Abu Dhabi
        Doha
        Manama
        Muscat
        Sanaa
        Aden
        Baghdad
        Basra
        Mosul
        Damascus
        Aleppo
        Beirut
        Amman
        Jerusalem
        Gaza
        Ramallah
        Tel Aviv
        Tripoli
        Benghazi
        Tunis
        Algiers
        Rabat
        Casablanca
        Khartoum
        Darfur
        Mogadishu
        Addis Ababa
        Nairobi
        Lagos
        Johannesburg
        Cape Town
        Europe
        Asia
        Africa
        America
        Latin America
        Middle East
        Gulf
        Balkans
        Caucasus
        Sinai
        Kurdistan
        West Bank
        Gaza Strip
        Golan
        Kashmir
        Chechnya
        Crimea
        Britain
        England
        Scotland
        Wales
        """

    /// International and well-known regional organizations, one per line.
    private static let organizations = """
        الأمم المتحدة
        مجلس الأمن
        مجلس الأمن الدولي
        الجمعية العامة
        الاتحاد الأوروبي
        الاتحاد الأفريقي
        الاتحاد الإفريقي
        حلف شمال الأطلسي
        حلف الأطلسي
        الناتو
        جامعة الدول العربية
        الجامعة العربية
        مجلس التعاون الخليجي
        مجلس التعاون لدول الخليج العربية
        منظمة التعاون الإسلامي
        منظمة المؤتمر الإسلامي
        صندوق النقد الدولي
        البنك الدولي
        منظمة الصحة العالمية
        منظمة التجارة العالمية
        الوكالة الدولية للطاقة الذرية
        اليونسكو
        اليونيسف
        الفاو
        أوبك
        الفيفا
        الصليب الأحمر
        الهلال الأحمر
        منظمة العفو الدولية
        هيومن رايتس ووتش
        الإنتربول
        حماس
        حزب الله
        طالبان
        القاعدة
        داعش
        الحوثيين
        جماعة الإخوان المسلمين
        الإخوان المسلمين
        رويترز
        فرانس برس
        أسوشيتد برس
        الجزيرة
        بي بي سي
        سي إن إن
        واس
        الكونغرس
        الكنيست
        البنتاغون
        الكرملين
        United Nations
        Security Council
        European Union
        African Union
        NATO
        Arab League
        Gulf Cooperation Council
        International Monetary Fund
        IMF
        World Bank
        World Health Organization
        WHO
        UNESCO
        UNICEF
        OPEC
        FIFA
        Red Cross
        Amnesty International
        Human Rights Watch
        Interpol
        Hamas
        Hezbollah
        Taliban
        Reuters
        AFP
        Associated Press
        BBC
        CNN
        Al Jazeera
        Congress
        Pentagon
        Kremlin
        """

    /// Given names of two words, which the tagger would otherwise cut into a first name and a surname: `X الدين`
    /// (`صلاح الدين`, `سراج الدين`) and the spaced spelling of the `عبد` names of ``firstNames`` (`عبد العزيز`).
    private static var compoundFirstNames: [String] {
        let religionNames = """
            صلاح نور جلال سراج عز علاء بهاء شمس خير بدر زين سيف محيي محي تاج نجم كمال جمال فخر شرف ضياء عماد حسام \
            نصر قطب شهاب ناصر سعد معين برهان صدر
            """.split(separator: " ").map { "\($0) الدين" }
        let servantNames = firstNames.split(separator: " ").filter { $0.hasPrefix("عبد") }.map { "عبد " + $0.dropFirst(3) }
        return religionNames + servantNames
    }

    /// Common Arabic given names, space-separated.
    private static let firstNames = """
        محمد أحمد محمود مصطفى علي عمر عثمان خالد سعد سعيد سعود فهد فيصل سلمان سلطان عبدالله عبدالعزيز \
        عبدالرحمن عبدالرحيم عبدالكريم عبدالمجيد عبدالحميد عبدالسلام عبدالملك عبداللطيف عبدالإله إبراهيم إسماعيل \
        يوسف يعقوب موسى عيسى داود سليمان حسن حسين حسني حسام حمد حمدي حامد جمال كمال نبيل نبيه نادر نايف \
        نواف ناصر منصور مشعل متعب مساعد ماجد مازن مراد مروان معاذ وليد وائل هشام هاني هادي زياد زكي زكريا \
        طارق طلال طه عادل عاطف عماد عمرو عصام رامي راشد رشيد رضا رياض سامي سمير شريف صالح صلاح ضياء \
        فؤاد فاروق فادي فتحي قاسم كريم لطفي مجدي محسن مدحت منير مهدي ياسر ياسين يحيى بشار بشير تامر ثامر \
        جابر جاسم جعفر حازم حاتم حيدر خليل خليفة راغب ربيع رفيق سالم سيف شادي عزت عزيز غازي غسان فراس \
        فريد كامل لؤي مؤمن مأمون مالك مبارك نجيب نزار نعيم هيثم وحيد توفيق أيمن أنور أسامة أشرف إياد \
        فاطمة عائشة خديجة مريم زينب سارة نورة نور هدى منى ليلى سلمى سعاد هند رانيا دينا ريم لمى أمل \
        حنان سميرة نادية نجلاء هالة وفاء إيمان أسماء
        """
}
