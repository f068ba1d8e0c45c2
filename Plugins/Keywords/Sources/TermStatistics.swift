import Foundation

/// What the document says about one term (a word, by ``TermKey`` of its stem), and its YAKE weight.
///
/// The weight follows YAKE (Campos et al., "YAKE! Keyword extraction from single documents using multiple local
/// features", Information Sciences 509, 2020); the lower, the more the term characterises the document.
struct TermStatistics {
    /// Whether the term is a stopword: it may sit inside a phrase but never start or end one.
    let isStopword: Bool
    /// Whether the term is a stopword that may join the words of a phrase (`Bank of England`).
    let isJoiner: Bool
    /// Whether the term links the parts of a name (`بن`, `آل`, `أبو`): a content word that never ends a phrase.
    let isNameLink: Bool
    /// Occurrences.
    var frequency = 0
    /// Occurrences written in capitals (`NATO`) or capitalised not first in the sentence (`Gaza`).
    var capitalised = 0
    /// The distinct sentences it occurs in, in order.
    var sentences: [Int] = []
    /// Distinct words right before it, and how many times any word was (window of one, within a phrase block).
    var leftDistinct = 0
    var leftTotal = 0
    /// The same for words right after it.
    var rightDistinct = 0
    var rightTotal = 0
    /// The YAKE weight, set by ``weigh(maxFrequency:meanFrequency:deviation:sentenceCount:)``.
    private(set) var weight = 0.0

    /// Statistics of a term of the given class, before any occurrence is counted.
    init(isStopword: Bool, isJoiner: Bool, isNameLink: Bool) {
        self.isStopword = isStopword
        self.isJoiner = isJoiner
        self.isNameLink = isNameLink
    }

    /// Counts one occurrence in sentence `sentence`.
    mutating func count(sentence: Int, capitalised isCapitalised: Bool) {
        frequency += 1
        if isCapitalised { capitalised += 1 }
        if sentences.last != sentence { sentences.append(sentence) }
    }

    /// Sets ``weight`` from the document's statistics: the term's casing, position (median sentence), frequency
    /// against the mean and deviation of content terms, relatedness (a term next to many different words behaves
    /// like a function word), and spread over sentences.
    mutating func weigh(maxFrequency: Double, meanFrequency: Double, deviation: Double, sentenceCount: Int) {
        let frequency = Double(self.frequency)
        let casing = Double(capitalised) / (1 + log(frequency))
        let median =
            sentences.count % 2 == 1
            ? Double(sentences[sentences.count / 2])
            : Double(sentences[sentences.count / 2 - 1] + sentences[sentences.count / 2]) / 2
        let position = log(log(3 + median))
        let left = leftTotal == 0 ? 0 : Double(leftDistinct) / Double(leftTotal)
        let right = rightTotal == 0 ? 0 : Double(rightDistinct) / Double(rightTotal)
        let relatedness = 1 + (left + right) * frequency / maxFrequency
        let normalisedFrequency = frequency / (meanFrequency + deviation)
        let spread = Double(sentences.count) / Double(max(sentenceCount, 1))
        weight = position * relatedness / (casing + normalisedFrequency / relatedness + spread / relatedness)
    }
}
