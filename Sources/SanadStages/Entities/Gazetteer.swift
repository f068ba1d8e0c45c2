import SanadCore

/// Lists of names with their entity types, matched on the tokens of a sentence as the tagger's gazetteer features.
///
/// Names are matched on normalized forms (``ArabicWordForm``). The first word of a name may carry proclitics and
/// an article (`وبالقاهرة` matches `القاهرة`); the following words may carry an article only. Each name belongs to
/// a ``Source``, and the model learns separately how far to trust each source: the built-in and user lists, and the
/// names seen in training data.
public struct Gazetteer: Sendable {
    /// Where a gazetteer name comes from; each source gives its own features.
    public enum Source: Int, Sendable, CaseIterable {
        /// Built-in lists (countries, capitals, cities) and lists a user adds through stage options.
        case lists = 0
        /// Entity names seen in the model's training data.
        case training = 1
    }

    /// A name and its type, as added.
    public struct Name: Hashable, Sendable {
        /// The name as written.
        public var text: String
        /// Its entity type.
        public var label: Entity.Label
        /// Where it comes from.
        public var source: Source
    }

    /// The names sharing a first word and their words after it.
    private struct Entry: Sendable {
        /// The words after the first.
        var rest: [UInt64]
        /// The first of ``rest``, held inline: most entries of a common first word are ruled out by the next
        /// token on it, without reading ``rest``.
        var second: UInt64?
        var labels: UInt8

        init(rest: [UInt64], labels: UInt8) {
            self.rest = rest
            second = rest.first
            self.labels = labels
        }
    }

    /// The entries of each first word (its ``TokenFormAnalyzer/coreHash(_:)``).
    private var entriesByFirstWord = HashBuckets<Entry>()
    /// Every name added, in order.
    public private(set) var names: [Name] = []

    /// Creates an empty gazetteer.
    public init() {}

    /// Creates a gazetteer holding `names`.
    public init(_ names: [Name]) {
        for name in names { add(name.text, label: name.label, source: name.source) }
    }

    /// Adds a name of type `label`; names without a letter or digit are ignored.
    public mutating func add(_ text: String, label: Entity.Label, source: Source) {
        // Split as scalars, not `Character`s: comparing characters was most of what adding the built-in names cost.
        var words: [[UInt32]] = []
        for word in text.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "_" }) {
            var normalized: [UInt32] = []
            _ = ArabicWordForm.normalize(word, into: &normalized)
            if !normalized.isEmpty { words.append(normalized) }
        }
        guard let first = words.first else { return }
        names.append(Name(text: text, label: label, source: source))
        let rest = words.dropFirst().map(TokenFormAnalyzer.coreHash)
        let bit = Gazetteer.bit(label, source)
        entriesByFirstWord.modify(TokenFormAnalyzer.coreHash(first)) { entries in
            if let existing = entries.firstIndex(where: { $0.rest == rest }) {
                entries[existing].labels |= bit
            } else {
                entries.append(Entry(rest: rest, labels: bit))
            }
        }
    }

    /// Adds every name of `other`.
    public mutating func add(contentsOf other: Gazetteer) {
        for name in other.names { add(name.text, label: name.label, source: name.source) }
    }

    /// For each token of `forms` (a sentence, or a slice of one), the labels of the names that begin there and of
    /// the names that continue through it, as bit sets (``bit(_:_:)``).
    func matches<Forms: RandomAccessCollection>(_ forms: Forms) -> [GazetteerMatch]
    where Forms.Element == TokenForm, Forms.Index == Int {
        var result: [GazetteerMatch] = []
        matches(forms, startingCandidates: { _ in .max }, into: &result)
        return result
    }

    /// ``matches(_:)`` written to `result` (emptied first; a buffer the caller reuses, so that a sentence costs no
    /// allocation), where only the candidates in `startingCandidates(position)` (a mask, bit `i` for candidate `i`;
    /// positions from 0) are looked up as the first word of a name: a caller that knows a word's
    /// ``startingCandidates(of:)`` (found once per word, say) saves the lookups of the others. The mask must hold
    /// every bit ``startingCandidates(of:)`` sets.
    func matches<Forms: RandomAccessCollection>(_ forms: Forms, startingCandidates: (Int) -> UInt8,
                                                into result: inout [GazetteerMatch])
    where Forms.Element == TokenForm, Forms.Index == Int {
        result.removeAll(keepingCapacity: true)
        result.append(contentsOf: repeatElement(GazetteerMatch(), count: forms.count))
        let first = forms.startIndex
        for position in 0..<forms.count {
            let candidates = startingCandidates(position)
            guard candidates != 0 else { continue }
            let form = forms[first + position]
            for index in 0..<form.candidateCount where candidates & (1 << index) != 0 {
                entriesByFirstWord.withValues(under: form.candidate(index)) { entries in
                    for entry in entries {
                        if let second = entry.second {
                            guard position + 1 < forms.count, forms[first + position + 1].core == second else { continue }
                        }
                        guard position + entry.rest.count < forms.count else { continue }
                        var matched = true
                        // The first of `rest` was checked as `second`.
                        for (offset, word) in entry.rest.enumerated().dropFirst()
                        where forms[first + position + 1 + offset].core != word {
                            matched = false
                            break
                        }
                        guard matched else { continue }
                        result[position].begins |= entry.labels
                        for offset in 0..<entry.rest.count { result[position + 1 + offset].continues |= entry.labels }
                    }
                }
            }
        }
    }

    /// Which candidate splits of `form` are some name's first word (bit `i` for ``TokenForm/candidate(_:)`` `i`):
    /// where a name may begin at the token, and under which splits. A form has at most four splits (the word, the
    /// stem and two stored between them), so a byte holds them all.
    func startingCandidates(of form: TokenForm) -> UInt8 {
        (0..<form.candidateCount).reduce(0) { mask, index in
            entriesByFirstWord.contains(form.candidate(index)) ? mask | 1 << index : mask
        }
    }

    /// The bit of `label` from `source` in a ``GazetteerMatch`` set.
    static func bit(_ label: Entity.Label, _ source: Source) -> UInt8 {
        1 << UInt8(source.rawValue * 4 + EntityTag.begin(label).index / 2)
    }
}

/// The gazetteer labels at one token: of names beginning there, and of names continuing through it.
struct GazetteerMatch: Sendable {
    var begins: UInt8 = 0
    var continues: UInt8 = 0
}
