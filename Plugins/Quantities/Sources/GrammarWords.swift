/// Closed word classes the grammar reads around numbers, as ``LookupKey`` keys.
enum GrammarWords {
    /// Words after which a four-digit number is a year even when a noun follows: `عام 2020`, `منذ 1990`.
    static let yearWords: Set<String> = keys([
        "عام", "العام", "عامي", "العامين", "سنة", "السنة", "سنتي", "منذ", "مطلع", "أوائل", "أواخر", "نهاية", "بداية", "منتصف", "year", "since",
        "early", "late", "mid",
    ])

    /// Words after which a four-digit number is a year unless a noun follows: `في 2020` but `في 2000 حالة`.
    static let yearContextWords: Set<String> = keys(["في", "خلال", "حتى", "in", "until", "by", "during"])

    /// Function words that never are the noun a number counts (`قتل 300 في الهجوم`, `300 of the`), so a number
    /// followed by one of them is not a count.
    static let nonNouns: Set<String> = keys([
        // Arabic prepositions, conjunctions, pronouns, particles, demonstratives and time adverbs.
        "في", "من", "إلى", "على", "عن", "مع", "بعد", "قبل", "منذ", "خلال", "حتى", "أو", "ثم", "لكن", "بل", "أن", "إن",
        "أنه", "أنها", "إنه", "إلا", "لكنه", "لكنها", "لكنهم", "الذي", "التي", "الذين", "اللذين", "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هو", "هي", "هم",
        "هن", "نحن", "كان", "كانت", "قد", "لقد", "لم", "لن", "ما", "لا", "كما", "حيث", "عند", "عندما", "بين", "أمس",
        "اليوم", "غدا", "فقط", "أيضا", "كل", "بعض", "غير", "سوى", "لدى", "لدي", "حول", "ضد", "نحو", "عبر", "وفق", "وفقا",
        "مقابل", "أي", "إذ", "إذا", "لو", "منها", "منهم", "فيها", "فيه", "عليها", "عليه", "له", "لها", "لهم", "به", "بها",
        "ولا", "وما", "أما", "إما", "ليس", "ليست", "مساء", "صباح", "صباحا", "مساء", "ظهر", "ظهرا", "الماضي", "المقبل",
        "الحالي", "الجاري", "المنصرم", "الأول", "الثاني", "الأخير",
        // English function words.
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "nor", "is",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "that", "this", "these",
        "those", "it", "its", "as", "than", "per", "each", "more", "less", "after", "before", "since", "during",
        "while", "which", "who", "whom", "whose", "when", "where", "said", "says", "say", "up", "down", "out", "off",
        "into", "onto", "until", "till", "against", "among", "between", "through", "via", "will", "would", "could",
        "should", "may", "might", "can", "not", "no", "so", "if", "then", "also", "only", "just", "ago", "last",
        "next", "this", "that", "am", "pm", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our",
    ])

    private static func keys(_ words: [String]) -> Set<String> { Set(words.map { LookupKey.of($0[...]) }) }
}
