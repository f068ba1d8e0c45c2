/// Words that never start or end a key phrase: Arabic and English function words, auxiliaries and the reporting
/// verbs of news (`قال`, `أضاف`, `said`). A token is a stopword when its key or its stem's key (without clitics:
/// `وقال`, `بأنه`) is listed; ``WordLists`` holds them for lookup.
enum Stopwords {
    /// The stopwords that may sit inside a phrase (`Bank of England`, `Bosnia and Herzegovina`); every other stopword
    /// ends it. Arabic phrases need none: the construct state joins nouns directly (`وزارة الخدمة المدنية`).
    static let joiners = ["of", "and", "for"]

    /// Words that link the parts of an Arabic name (`سلمان بن عبدالعزيز`, `آل سعود`, `أبو مازن`): they may start a
    /// phrase or sit inside one, never end it (`الملك سلمان بن` is no phrase).
    static let nameLinks = ["بن", "ابن", "بنت", "آل", "أبو", "أبي", "أبا", "أم", "عبد"]

    static let arabic = [
        // Prepositions, conjunctions and particles.
        "في", "من", "إلى", "الى", "على", "عن", "مع", "عند", "لدى", "حتى", "منذ", "مذ", "خلال", "بين", "بعد", "قبل",
        "فوق", "تحت", "أمام", "خلف", "وراء", "حول", "دون", "نحو", "ضد", "عبر", "ثم", "أو", "أم", "بل", "لكن", "إن",
        "أن", "كأن", "لأن", "كي", "لكي", "حيث", "إذ", "إذا", "إذن", "لو", "لولا", "لا", "لم", "لن", "ما", "ماذا", "متى",
        "أين", "كيف", "هل", "قد", "لقد", "سوف", "غير", "سوى", "إلا", "ليس", "ليست", "يا", "أي", "أيضا", "كذلك", "هكذا",
        "كما", "مثل", "مثلما", "بينما", "عندما", "حين", "حينما", "بعدما", "طالما", "كلما", "إنما", "أما", "إما", "وسط",
        "جراء", "بسبب", "أثناء", "إثر", "عقب", "فيما", "لذلك", "لذا", "بالتالي", "لهذا", "ضمن", "وفق", "وفقا", "طبقا",
        "حسب", "بحسب", "إزاء", "تجاه", "لدي", "عليه", "عليها", "عليهم", "منه", "منها", "منهم", "منهما", "فيه", "فيها",
        "فيهم", "عنه", "عنها", "عنهم", "له", "لها", "لهم", "لهما", "به", "بها", "بهم", "إليه", "إليها", "إليهم", "معه",
        "معها", "معهم", "لديه", "لديها", "لديهم", "عنده", "عندها", "أنه", "أنها", "أنهم", "إنه", "إنها", "إنهم", "لأنه",
        "لأنها", "ولا", "باسم", "بيد", "رغم", "برغم", "عدا", "خلا", "لدن", "أجل",
        // Pronouns, demonstratives and relatives.
        "هو", "هي", "هم", "هن", "هما", "أنا", "نحن", "أنت", "أنتم", "إياه", "إياها", "إياهم", "نفسه", "نفسها", "أنفسهم",
        "ذاته", "ذاتها", "هذا", "هذه", "هذان", "هاتان", "هذين", "هاتين", "هؤلاء", "ذلك", "تلك", "أولئك", "هنا", "هناك",
        "هنالك", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي",
        // Auxiliaries (kana and its sisters) and passive helpers.
        "كان", "كانت", "كانوا", "يكون", "تكون", "يكونون", "أصبح", "أصبحت", "يصبح", "تصبح", "صار", "صارت", "ظل", "ظلت",
        "بات", "باتت", "زال", "يزال", "تزال", "مازال", "مازالت", "تم", "يتم", "تمت", "جرى", "يجري", "يمكن", "يجب",
        "ينبغي", "يبدو", "بدا", "عاد", "يعود", "تعود",
        // Reporting verbs.
        "قال", "قالت", "قالوا", "يقول", "تقول", "يقولون", "أضاف", "أضافت", "يضيف", "تضيف", "أكد", "أكدت", "يؤكد",
        "تؤكد", "أشار", "أشارت", "يشير", "تشير", "أوضح", "أوضحت", "يوضح", "توضح", "ذكر", "ذكرت", "يذكر", "تذكر", "أعلن",
        "أعلنت", "يعلن", "تعلن", "تابع", "تابعت", "لفت", "لفتت", "شدد", "شددت", "اعتبر", "اعتبرت", "يعتبر", "رأى",
        "يرى", "ترى", "أفاد", "أفادت", "يفيد", "نقل", "نقلت", "أوضحوا", "أكدوا", "بين", "بينت", "كشف", "كشفت", "يكشف",
        "أعرب", "أعربت",
        // Quantifiers and adverbs.
        "كل", "كلا", "كلتا", "بعض", "جميع", "جميعا", "عدة", "أكثر", "أقل", "أول", "آخر", "أخرى", "آخرون", "آخرين",
        "أحد", "إحدى", "كلها", "كله", "كلهم", "معظم", "أغلب", "نفس", "فقط", "جدا", "حاليا", "الآن", "اليوم", "أمس",
        "غدا", "مؤخرا", "سابقا", "لاحقا", "خاصة", "خصوصا", "تقريبا", "حوالي", "حوالى", "أيضاً", "بشكل", "بصورة", "عبر",
        "ذات", "أيا", "بدون", "إضافة", "بالإضافة", "علاوة", "حاليًا", "جدًا",
        // Number words: amounts belong to the `quantities` stage, not to key phrases.
        "واحد", "واحدة", "اثنان", "اثنين", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة",
        "ثمان", "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "عشرات", "مئة", "مائة", "مئات", "ألف", "آلاف", "مليون",
        "ملايين", "مليار", "مليارات",
    ]

    static let english = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "among", "an", "and", "any", "are",
        "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "down", "during", "each", "either", "even", "ever", "few", "for", "from",
        "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
        "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least", "less", "many",
        "may", "me", "might", "more", "most", "much", "must", "my", "myself", "neither", "next", "no", "nor", "not",
        "now", "of", "off", "on", "once", "one", "only", "or", "other", "others", "our", "ours", "ourselves", "out",
        "over", "own", "per", "same", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their",
        "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "though", "through", "thus",
        "to", "too", "two", "under", "until", "up", "upon", "us", "very", "via", "was", "we", "were", "what", "when",
        "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
        "would", "yet", "you", "your", "yours", "yourself", "said", "says", "say", "told", "added", "according", "also",
        "year", "years", "week", "day", "days", "mr", "mrs", "ms", "new", "like", "get", "got", "make", "made", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand", "million", "billion", "s", "t",
    ]
}
