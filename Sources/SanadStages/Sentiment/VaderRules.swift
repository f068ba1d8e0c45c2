/// VADER's fixed word lists and constants, as in vaderSentiment 3.3.2 (Hutto & Gilbert 2014, MIT).
enum VaderRules {
    /// Booster increment (empirically derived mean rating increase).
    static let boosterIncrement = 0.293
    /// Dampener decrement.
    static let boosterDecrement = -0.293
    /// ALL-CAPS emphasis on a sentiment word when other words are not capitalized.
    static let capsIncrement = 0.733
    /// What negation multiplies a valence by.
    static let negationScalar = -0.74
    /// The `alpha` of `score / sqrt(score² + alpha)`.
    static let normalizationAlpha = 15.0

    /// Negation words.
    static let negations: Set<String> = [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt", "ain't", "aren't", "can't",
        "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt",
        "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't", "neednt", "needn't",
        "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt", "shant", "shouldnt", "uhuh", "wasnt",
        "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't", "without", "wont", "wouldnt",
        "won't", "wouldn't", "rarely", "seldom", "despite",
    ]

    /// Degree adverbs and their increments (boosters positive, dampeners negative).
    static let boosters: [String: Double] = {
        let increasing = [
            "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly",
            "deeply", "effing", "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally",
            "extreme", "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin",
            "frigging", "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly",
            "hugely", "incredible", "incredibly", "intensely", "major", "majorly", "more", "most", "particularly",
            "purely", "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally",
            "tremendous", "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very",
        ]
        let decreasing = [
            "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little",
            "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight",
            "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of",
        ]
        var boosters: [String: Double] = [:]
        for word in increasing { boosters[word] = boosterIncrement }
        for word in decreasing { boosters[word] = boosterDecrement }
        return boosters
    }()

    /// Idioms and phrases containing lexicon words whose valence replaces the word's.
    static let specialCases: [String: Double] = [
        "the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5, "bus stop": 0.0, "yeah right": -2,
        "kiss of death": -1.5, "to die for": 3, "beating heart": 3.5,
    ]

    /// Whether a lowercased word negates: a negation word or any word containing "n't".
    static func negates(_ word: String) -> Bool {
        negations.contains(word) || word.contains("n't")
    }
}
