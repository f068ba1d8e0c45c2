/// The VADER method (Hutto & Gilbert 2014) as vaderSentiment 3.3.2 implements it, over a stretch of original text.
///
/// Tokens are whitespace-separated words with leading and trailing ASCII punctuation removed (unless that leaves
/// two characters or fewer, which keeps emoticons such as `:)`). Each lexicon word's valence is then adjusted by:
/// ALL-CAPS emphasis (+0.733 when some but not all words are capitals), boosters and dampeners up to three words
/// before it (±0.293, scaled 1, 0.95, 0.9 by distance), negation up to three words before it (×−0.74, with VADER's
/// "never so/this" and "without doubt" exceptions), "no" before it, "least", special idioms (`the bomb`, `kiss of
/// death`), and the but-rule (×0.5 before the first "but", ×1.5 after). The sum, pushed away from zero by up to four
/// `!` (0.292 each) and by `?` runs, is normalized as `sum / sqrt(sum² + 15)` into the compound score.
///
/// Two differences from the Python code, both deliberate: the but-rule scales by position (vaderSentiment looks
/// positions up with `list.index`, which picks the wrong word when two valences are equal), and emoji are not
/// rewritten into words (the emoji lexicon is not shipped).
struct VaderAnalyzer: Sendable {
    /// The valence lexicon.
    let lexicon: VaderLexicon

    /// One token: its text as VADER keeps it and where that text sits in the original.
    struct Token: Sendable {
        var text: String
        var lowercased: String
        var start: Int
        var end: Int
        /// Python's `str.isupper()`: it has cased letters and none is lowercase.
        var isUppercase: Bool
    }

    /// VADER's scores for a text, with each token's final valence and what modified it.
    struct Result: Sendable {
        /// The normalized score in [-1, 1].
        var compound: Double
        /// Shares of positive, negative and neutral weight.
        var positive: Double
        var negative: Double
        var neutral: Double
        /// The tokens.
        var tokens: [Token]
        /// Final valence of each token (0 for words outside the lexicon).
        var valences: [Double]
        /// Per token: indices of the tokens that changed its valence (boosters, negations, "but"…).
        var modifiers: [[Int]]
    }

    /// VADER's scores for `scalars[range]`.
    func analyze(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> Result {
        let tokens = Self.tokenize(scalars, in: range)
        let n = tokens.count
        let lower = tokens.map(\.lowercased)
        let capitals = tokens.filter(\.isUppercase).count
        let isCapDifferent = 0 < n - capitals && n - capitals < n
        var valences: [Double] = []
        var modifiers: [[Int]] = Array(repeating: [], count: n)
        valences.reserveCapacity(n)
        for i in 0..<n {
            if VaderRules.boosters[lower[i]] != nil || (i < n - 1 && lower[i] == "kind" && lower[i + 1] == "of") {
                valences.append(0)
                continue
            }
            valences.append(valence(at: i, tokens: tokens, lower: lower, isCapDifferent: isCapDifferent,
                                    modifiers: &modifiers[i]))
        }
        if let but = lower.firstIndex(of: "but") {
            for i in valences.indices where i != but && valences[i] != 0 {
                valences[i] *= i < but ? 0.5 : 1.5
                modifiers[i].append(but)
            }
        }
        return score(valences, tokens: tokens, modifiers: modifiers, scalars: scalars, range: range)
    }

    private func valence(
        at i: Int, tokens: [Token], lower: [String], isCapDifferent: Bool, modifiers: inout [Int]
    ) -> Double {
        guard let base = lexicon[lower[i]] else { return 0 }
        let n = tokens.count
        let negationScalar = VaderRules.negationScalar
        var valence = base
        if lower[i] == "no", i != n - 1, lexicon.contains(lower[i + 1]) { valence = 0 }
        if (i > 0 && lower[i - 1] == "no") || (i > 1 && lower[i - 2] == "no")
            || (i > 2 && lower[i - 3] == "no" && (lower[i - 1] == "or" || lower[i - 1] == "nor"))
        {
            valence = base * negationScalar
            modifiers.append(i > 0 && lower[i - 1] == "no" ? i - 1 : (i > 1 && lower[i - 2] == "no" ? i - 2 : i - 3))
        }
        if tokens[i].isUppercase, isCapDifferent {
            valence += valence > 0 ? VaderRules.capsIncrement : -VaderRules.capsIncrement
        }
        for distance in 0..<3 where i > distance && !lexicon.contains(lower[i - (distance + 1)]) {
            let previous = i - (distance + 1)
            var scalar = boost(tokens[previous], lower[previous], valence: valence, isCapDifferent: isCapDifferent)
            if distance == 1 { scalar *= 0.95 }
            if distance == 2 { scalar *= 0.9 }
            if scalar != 0 { modifiers.append(previous) }
            valence += scalar
            let negated = negationCheck(valence, lower: lower, distance: distance, i: i)
            if negated != valence { modifiers.append(previous) }
            valence = negated
            if distance == 2 { valence = specialIdioms(valence, lower: lower, i: i) }
        }
        if i > 1, !lexicon.contains(lower[i - 1]), lower[i - 1] == "least" {
            if lower[i - 2] != "at", lower[i - 2] != "very" {
                valence *= negationScalar
                modifiers.append(i - 1)
            }
        } else if i > 0, !lexicon.contains(lower[i - 1]), lower[i - 1] == "least" {
            valence *= negationScalar
            modifiers.append(i - 1)
        }
        return valence
    }

    /// `scalar_inc_dec`: the booster or dampener increment of a preceding word.
    private func boost(_ token: Token, _ lower: String, valence: Double, isCapDifferent: Bool) -> Double {
        guard var scalar = VaderRules.boosters[lower] else { return 0 }
        if valence < 0 { scalar = -scalar }
        if token.isUppercase, isCapDifferent {
            scalar += valence > 0 ? VaderRules.capsIncrement : -VaderRules.capsIncrement
        }
        return scalar
    }

    /// `_negation_check` for the word `distance + 1` places before `i`.
    private func negationCheck(_ valence: Double, lower: [String], distance: Int, i: Int) -> Double {
        let negationScalar = VaderRules.negationScalar
        switch distance {
        case 0:
            return VaderRules.negates(lower[i - 1]) ? valence * negationScalar : valence
        case 1:
            if lower[i - 2] == "never", lower[i - 1] == "so" || lower[i - 1] == "this" { return valence * 1.25 }
            if lower[i - 2] == "without", lower[i - 1] == "doubt" { return valence }
            return VaderRules.negates(lower[i - 2]) ? valence * negationScalar : valence
        default:
            // vaderSentiment's operator precedence makes a bare "so"/"this" just before the word count too.
            if (lower[i - 3] == "never" && (lower[i - 2] == "so" || lower[i - 2] == "this"))
                || (lower[i - 1] == "so" || lower[i - 1] == "this")
            {
                return valence * 1.25
            }
            if lower[i - 3] == "without", lower[i - 2] == "doubt" || lower[i - 1] == "doubt" { return valence }
            return VaderRules.negates(lower[i - 3]) ? valence * negationScalar : valence
        }
    }

    /// `_special_idioms_check`: idioms around word `i` replace its valence; "kind of"-style dampeners before it add.
    private func specialIdioms(_ valence: Double, lower: [String], i: Int) -> Double {
        var valence = valence
        let oneZero = "\(lower[i - 1]) \(lower[i])"
        let twoOneZero = "\(lower[i - 2]) \(lower[i - 1]) \(lower[i])"
        let twoOne = "\(lower[i - 2]) \(lower[i - 1])"
        let threeTwoOne = "\(lower[i - 3]) \(lower[i - 2]) \(lower[i - 1])"
        let threeTwo = "\(lower[i - 3]) \(lower[i - 2])"
        for sequence in [oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo] {
            if let special = VaderRules.specialCases[sequence] {
                valence = special
                break
            }
        }
        if lower.count - 1 > i, let special = VaderRules.specialCases["\(lower[i]) \(lower[i + 1])"] {
            valence = special
        }
        if lower.count - 1 > i + 1, let special = VaderRules.specialCases["\(lower[i]) \(lower[i + 1]) \(lower[i + 2])"] {
            valence = special
        }
        for ngram in [threeTwoOne, threeTwo, twoOne] {
            if let increment = VaderRules.boosters[ngram] { valence += increment }
        }
        return valence
    }

    /// `score_valence`: punctuation emphasis, the compound score and the positive/negative/neutral shares.
    private func score(
        _ valences: [Double], tokens: [Token], modifiers: [[Int]], scalars: [Unicode.Scalar], range: Range<Int>
    ) -> Result {
        guard !valences.isEmpty else {
            return Result(compound: 0, positive: 0, negative: 0, neutral: 0, tokens: tokens, valences: valences,
                          modifiers: modifiers)
        }
        var exclamations = 0, questions = 0
        for index in range {
            if scalars[index] == "!" { exclamations += 1 } else if scalars[index] == "?" { questions += 1 }
        }
        let emphasis = Double(min(exclamations, 4)) * 0.292
            + (questions > 1 ? (questions <= 3 ? Double(questions) * 0.18 : 0.96) : 0)
        var sum = valences.reduce(0, +)
        if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
        let compound = max(-1, min(1, sum / (sum * sum + VaderRules.normalizationAlpha).squareRoot()))
        var positiveSum = 0.0, negativeSum = 0.0, neutralCount = 0.0
        for valence in valences {
            if valence > 0 { positiveSum += valence + 1 }
            if valence < 0 { negativeSum += valence - 1 }
            if valence == 0 { neutralCount += 1 }
        }
        if positiveSum > abs(negativeSum) {
            positiveSum += emphasis
        } else if positiveSum < abs(negativeSum) {
            negativeSum -= emphasis
        }
        let total = positiveSum + abs(negativeSum) + neutralCount
        return Result(
            compound: compound, positive: abs(positiveSum / total), negative: abs(negativeSum / total),
            neutral: abs(neutralCount / total), tokens: tokens, valences: valences, modifiers: modifiers)
    }

    /// VADER's `words_and_emoticons`: whitespace-separated, with leading and trailing ASCII punctuation stripped
    /// unless that leaves two characters or fewer.
    static func tokenize(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var index = range.lowerBound
        while index < range.upperBound {
            while index < range.upperBound, scalars[index].properties.isWhitespace { index += 1 }
            guard index < range.upperBound else { break }
            let start = index
            while index < range.upperBound, !scalars[index].properties.isWhitespace { index += 1 }
            var first = start, last = index
            while first < last, isASCIIPunctuation(scalars[first]) { first += 1 }
            while last > first, isASCIIPunctuation(scalars[last - 1]) { last -= 1 }
            if last - first <= 2 { (first, last) = (start, index) }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[first..<last])
            let text = String(view)
            var hasCased = false, hasLower = false
            for scalar in scalars[first..<last] {
                let properties = scalar.properties
                if properties.isLowercase { hasLower = true; hasCased = true } else if properties.isUppercase { hasCased = true }
            }
            tokens.append(Token(text: text, lowercased: text.lowercased(), start: first, end: last,
                                isUppercase: hasCased && !hasLower))
        }
        return tokens
    }

    /// Python's `string.punctuation`.
    private static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }
}
