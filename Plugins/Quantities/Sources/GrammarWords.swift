/// A closed class of words the grammar reads around numbers.
struct WordClass: OptionSet {
    let rawValue: UInt8

    /// After it a four-digit number is a year even when a noun follows: `عام 2020`, `منذ 1990`.
    static let yearWord = WordClass(rawValue: 1)
    /// After it a four-digit number is a year unless a noun follows: `في 2020` but `في 2000 حالة`.
    static let yearContext = WordClass(rawValue: 2)
    /// Never the noun a number counts: `قتل 300 في الهجوم`, `300 of the`.
    static let nonNoun = WordClass(rawValue: 4)
}

/// The words of the closed classes, and the few single words the grammar names.
enum GrammarWords {
    /// The ids of the words the grammar names.
    struct IDs {
        var waw: Int32 = -1, and: Int32 = -1, of: Int32 = -1, min: Int32 = -1, reh: Int32 = -1
        var slash: Int32 = -1, openParenthesis: Int32 = -1, closeParenthesis: Int32 = -1, comma: Int32 = -1
        /// `st`, `nd`, `rd`, `th` after a day written in digits.
        var ordinalSuffixes: Set<Int32> = []

        /// No ids yet.
        init() {}

        /// The ids of the named words, from `intern`.
        init(intern: (String) -> Int32) {
            waw = intern("و")
            and = intern("and")
            of = intern("of")
            min = intern("من")
            reh = intern("ر")
            slash = intern("/")
            openParenthesis = intern("(")
            closeParenthesis = intern(")")
            comma = intern(",")
            ordinalSuffixes = Set(["st", "nd", "rd", "th"].map(intern))
        }
    }

    /// Every closed class with its words.
    static let classes: [([String], WordClass)] = [
        (yearWords, .yearWord), (yearContextWords, .yearContext), (nonNouns, .nonNoun),
    ]

    static let yearWords = [
        "عام", "العام", "عامي", "العامين", "سنة", "السنة", "سنتي", "منذ", "مطلع", "أوائل", "أواخر", "نهاية", "بداية",
        "منتصف", "year", "since", "early", "late", "mid",
    ]

    static let yearContextWords = ["في", "خلال", "حتى", "in", "until", "by", "during"]

    static let nonNouns = [
        // Arabic prepositions, conjunctions, pronouns, particles, demonstratives and time adverbs.
        "في", "من", "إلى", "على", "عن", "مع", "بعد", "قبل", "منذ", "خلال", "حتى", "أو", "ثم", "لكن", "بل", "أن", "إن",
        "أنه", "أنها", "إنه", "إلا", "لكنه", "لكنها", "لكنهم", "الذي", "التي", "الذين", "اللذين", "هذا", "هذه", "ذلك",
        "تلك", "هؤلاء", "هو", "هي", "هم", "هن", "نحن", "كان", "كانت", "قد", "لقد", "لم", "لن", "ما", "لا", "كما", "حيث",
        "عند", "عندما", "بين", "أمس", "اليوم", "غدا", "فقط", "أيضا", "كل", "بعض", "غير", "سوى", "لدى", "حول", "ضد",
        "نحو", "عبر", "وفق", "وفقا", "مقابل", "أي", "إذ", "إذا", "لو", "منها", "منهم", "فيها", "فيه", "عليها", "عليه",
        "له", "لها", "لهم", "به", "بها", "ولا", "وما", "أما", "إما", "ليس", "ليست", "مساء", "صباح", "صباحا", "ظهر",
        "ظهرا", "الماضي", "المقبل", "الحالي", "الجاري", "المنصرم", "الأول", "الثاني", "الأخير",
        // English function words.
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "nor", "is",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "that", "this", "these",
        "those", "it", "its", "as", "than", "per", "each", "more", "less", "after", "before", "since", "during",
        "while", "which", "who", "whom", "whose", "when", "where", "said", "says", "say", "up", "down", "out", "off",
        "into", "onto", "until", "till", "against", "among", "between", "through", "via", "will", "would", "could",
        "should", "may", "might", "can", "not", "no", "so", "if", "then", "also", "only", "just", "ago", "last", "next",
        "am", "pm", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our",
    ]
}
