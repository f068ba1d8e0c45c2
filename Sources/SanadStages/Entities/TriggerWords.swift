/// Words whose presence next to a token says what kind of name the token may be: titles and roles before people,
/// head nouns of organizations and places, and reporting verbs around speakers.
///
/// Words are listed without the article; a token matches with any proclitics (`والرئيس`, `لوزارة`, `وقال`).
/// The tagger learns from training data how much each class at each neighbouring position counts.
struct TriggerWords: Sendable {
    /// A class of trigger words, one bit of a token's trigger set.
    enum Kind: Int, CaseIterable {
        /// Honorifics and titles written right before a name: `السيد`, `الشيخ`, `الملك`, `الدكتور`.
        case title
        /// Roles and occupations that precede or follow a name: `رئيس`, `وزير`, `المتحدث`, `المدرب`.
        case role
        /// Head nouns of organization names: `منظمة`, `وزارة`, `حزب`, `شركة`, `جامعة`.
        case organizationHead
        /// Head nouns of place names and directions: `مدينة`, `محافظة`, `جنوب`.
        case locationHead
        /// Reporting and meeting verbs whose subject is usually a person or organization: `قال`, `أكد`, `التقى`.
        case speechVerb

        var bit: UInt8 { 1 << UInt8(rawValue) }

        var words: String {
            switch self {
            case .title:
                "سيد سيده شيخ شيخه ملك ملكه امير اميره امام دكتور د مهندس استاذ بروفيسور حاج جنرال عقيد لواء عميد مشير "
                    + "نقيب رائد بابا كاردينال قس مطران حاخام سمو جلاله فخامه معالي سعاده سلطان خليفه مستر مسيو "
                    + "السيد السيده الشيخ الملك الامير الرئيس"
            case .role:
                "رئيس رئيسه وزير وزيره نائب مدير مديره سفير مستشار مستشاره متحدث ناطق قائد زعيم امين محافظ حاكم عمده "
                    + "مبعوث مندوب ممثل ممثله نجم لاعب مدرب مهاجم حارس كاتب روائي شاعر مخرج فنان مغني مطرب مؤلف "
                    + "صحفي مراسل باحث خبير محلل اللاعب المدرب النجم الكاتب"
            case .organizationHead:
                "منظمه لجنه وكاله وزاره حزب شركه جامعه مجلس هيئه اتحاد قناه صحيفه جريده مجله موقع جمعيه مؤسسه بنك "
                    + "مصرف حركه جبهه منتدى منتدي معهد مركز محكمه نادي فريق جيش قوات شرطه برلمان دائره مديريه سلطه صندوق "
                    + "مكتب مجموعه تحالف ائتلاف رابطه نقابه كليه مدرسه مستشفى مستشفي اذاعه تلفزيون مصنع مجمع"
            case .locationHead:
                "مدينه عاصمه دوله بلده قريه محافظه ولايه منطقه اقليم جزيره جزر نهر بحر جبل جبال شمال جنوب شرق غرب "
                    + "وسط شمالي جنوبي شرقي غربي حي مخيم بلاد مملكه جمهوريه اماره سلطنه قطاع صحراء خليج ميناء مطار "
                    + "شارع ساحه ضاحيه"
            case .speechVerb:
                "قال قالت يقول تقول اكد اكدت يؤكد اضاف اضافت اشار اشارت اعلن اعلنت صرح صرحت ذكر ذكرت اوضح اوضحت "
                    + "تابع تابعت نفى نفي نفت طالب طالبت دعا دعت راى رات اعتبر اعتبرت اعرب اعربت شدد شددت لفت لفتت "
                    + "افاد افادت كشف كشفت حذر حذرت ابلغ ابلغت زار زارت التقى التقي استقبل استقبلت بحث وصف وصفت "
                    + "اجاب علق علقت"
            }
        }
    }

    private let index: HashIndex
    private let kinds: [UInt8]

    /// The built-in trigger words.
    static let builtin = TriggerWords()

    private init() {
        var index = HashIndex()
        var kinds: [UInt8] = []
        for kind in Kind.allCases {
            for word in kind.words.split(separator: " ") {
                let row = index.insert(FeatureHash.of(ArabicWordForm.normalized(String(word))))
                if row == kinds.count { kinds.append(0) }
                kinds[row] |= kind.bit
            }
        }
        self.index = index
        self.kinds = kinds
    }

    /// The trigger classes of a token: the union over its candidate proclitic splits.
    @inline(__always)
    func kinds(of form: TokenForm) -> UInt8 {
        var result: UInt8 = 0
        for candidate in 0..<form.candidateCount {
            if let row = index.row(of: form.candidate(candidate)) { result |= kinds[row] }
        }
        return result
    }
}
