import SanadCore

/// Finds the entities of a document: tags each sentence's tokens with an ``EntityModel`` and turns the tags into
/// ``Entity`` mentions whose spans exclude attached proclitics.
///
/// The recognizer is built once (gazetteer and model) and is `Sendable`: the `entities` stage holds one and uses it
/// for every document.
public struct EntityRecognizer: Sendable {
    /// The built-in gazetteer lists: countries (from `Locale`), cities, regions, organizations, first names.
    public static let builtinLists = Gazetteer(BuiltinGazetteer.names)

    /// The model that tags tokens.
    public let model: EntityModel
    private let features: EntityFeatures
    private let linker: MentionLinker
    private let scorer: EmissionScorer
    /// Whether ``entities(in:)`` adds missed repeats and links mentions.
    public let linking: Bool

    /// Creates a recognizer that tags with `model`, matching `lists` plus the model's training names, and links
    /// mentions when `linking` is on.
    public init(model: EntityModel, lists: Gazetteer = EntityRecognizer.builtinLists, linking: Bool = true) {
        var gazetteer = lists
        for name in model.trainingNames { gazetteer.add(name.text, label: name.label, source: .training) }
        self.model = model
        features = EntityFeatures(gazetteer: gazetteer, lexicon: model.lexicon)
        linker = MentionLinker(lexicon: model.lexicon)
        scorer = EmissionScorer(features: features, weights: model.weights)
        self.linking = linking
    }

    /// The tags of one sentence given as token strings.
    public func tags(_ tokens: [String]) -> [EntityTag] {
        var analyzer = TokenFormAnalyzer()
        var buffer = FeatureBuffer()
        var scratch = DecoderScratch()
        let forms = tokens.map { analyzer.analyze($0.unicodeScalars) }
        features.extract(forms[...], document: DocumentContext(forms: forms, runs: [forms.indices]), into: &buffer)
        return model.tag(buffer, scratch: &scratch)
    }

    /// The entities of a document in text order: the model's mentions, plus (when ``linking``) the repeats it
    /// missed, linked into entities (``MentionLinker``).
    ///
    /// Tokens are read from the normalized view when there is one (``TokenText``). Tokens outside every sentence are
    /// tagged as sentences of their own runs. An entity's span starts after the proclitics of its first token
    /// (``Token/stem``), keeping the article: `والقاهرة` gives `القاهرة`.
    public func entities(in document: Document) -> [Entity] { linkedEntities(in: document).entities }

    /// ``entities(in:)``, with the number of entities its mentions are linked into (0 without ``linking``): the
    /// count the `entities` stage reports, known here without collecting the mentions' ids (every entity has a
    /// mention, and they are numbered from 1).
    func linkedEntities(in document: Document) -> (entities: [Entity], linked: Int) {
        let forms = TokenText(document).forms()
        let runs = EntityRecognizer.sentenceRuns(document)
        let tagged = tag(forms, runs: runs, tokens: document.tokens)
        guard linking else { return (tagged.map { text(of: $0, in: document) }, 0) }
        let (mentions, canonical) = linker.link(tagged, forms: forms) { position in
            let token = document.tokens[position]
            return EntityRecognizer.nameStart(of: token, in: document.scalars) > token.start
        }
        var entities = mentions.map { text(of: $0, in: document) }
        let canonicalNames = canonical.map { entities[$0].text }
        for (index, mention) in mentions.enumerated() {
            entities[index].entity = "e\(mention.entity + 1)"
            entities[index].canonical = canonicalNames[mention.entity]
        }
        return (entities, canonical.count)
    }

    /// The model's mentions, tagging each run of tokens as a sentence; a mention that would take in a URL or an
    /// e-mail address is dropped, and runs of Latin-script prose are not tagged (``isLatinProse(_:)``).
    private func tag(_ forms: [TokenForm], runs: [Range<Int>], tokens: [Token]) -> [TokenSpanMention] {
        var scratch = DecoderScratch()
        var result: [TokenSpanMention] = []
        let context = DocumentContext(forms: forms, runs: runs)
        scorer.withCache { cache in
            for run in runs where !EntityRecognizer.isLatinProse(forms[run]) {
                scorer.score(forms[run], document: context, cache: &cache, into: &scratch.scores)
                for (mention, confidence) in model.mentions(tokenCount: run.count, scratch: &scratch) {
                    let covered = (run.lowerBound + mention.tokens.lowerBound)..<(run.lowerBound + mention.tokens.upperBound)
                    guard !tokens[covered].contains(where: { $0.kind == .url || $0.kind == .email }) else { continue }
                    result.append(TokenSpanMention(tokens: covered, label: mention.label, confidence: confidence))
                }
            }
        }
        return result
    }

    /// Whether a sentence is written in Latin script rather than Arabic: at least ``latinProseWords`` Latin words,
    /// and more of them than Arabic words.
    ///
    /// The model learned from Arabic news, where a Latin word is a rare name (`Apple`, `CNN`); on English prose it
    /// tags words at random (`in Berlin` as an organization). Latin names inside Arabic sentences are still tagged.
    static func isLatinProse(_ forms: ArraySlice<TokenForm>) -> Bool {
        var latin = 0, arabic = 0
        for form in forms {
            switch form.shape {
            case .latinLower, .latinCapitalized: latin += 1
            case .arabic: arabic += 1
            default: break
            }
        }
        return latin >= latinProseWords && latin > arabic
    }

    /// The fewest Latin words that make a sentence Latin prose (``isLatinProse(_:)``): shorter runs are names.
    static let latinProseWords = 4

    /// The entity for a mention, without links.
    private func text(of mention: TokenSpanMention, in document: Document) -> Entity {
        let first = document.tokens[mention.tokens.lowerBound]
        let span = Span(start: EntityRecognizer.nameStart(of: first, in: document.scalars),
                        end: document.tokens[mention.tokens.upperBound - 1].end)
        return Entity(span: span, text: document.text(of: span), label: mention.label, confidence: mention.confidence)
    }

    /// Ranges of token indices to tag as one sequence: the tokens of each sentence, and runs of tokens between
    /// sentences (all tokens when there are no sentences).
    static func sentenceRuns(_ document: Document) -> [Range<Int>] {
        let tokens = document.tokens
        var runs: [Range<Int>] = []
        var sentenceIndex = 0
        var runStart = 0
        var runSentence: Int? = nil
        func sentence(of token: Token) -> Int? {
            while sentenceIndex < document.sentences.count, document.sentences[sentenceIndex].end <= token.start {
                sentenceIndex += 1
            }
            guard sentenceIndex < document.sentences.count, document.sentences[sentenceIndex].start < token.end else {
                return nil
            }
            return sentenceIndex
        }
        for (index, token) in tokens.enumerated() {
            let current = sentence(of: token)
            if index > runStart, current != runSentence {
                runs.append(runStart..<index)
                runStart = index
            }
            runSentence = current
        }
        if runStart < tokens.count { runs.append(runStart..<tokens.count) }
        return runs
    }

    /// Where a name starting at `token` begins: after the token's proclitics, but keeping an article the
    /// segmenter may have counted among them (`ال`, or the `ل` of `لل`).
    static func nameStart(of token: Token, in scalars: [Unicode.Scalar]) -> Int {
        var start = token.stem.start
        guard token.prefix >= 2, scalars[start - 1] == "\u{0644}" else { return start }
        let before = scalars[start - 2]
        if before == "\u{0627}" || before == "\u{0671}" {
            start -= 2
        } else if before == "\u{0644}" {
            start -= 1
        }
        return start
    }
}
