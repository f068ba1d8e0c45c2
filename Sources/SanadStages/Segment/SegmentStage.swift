import SanadCore

/// The built-in `segment` stage: splits the text into tokens and sentences, for Arabic and English news.
///
/// It reads ``Document/view`` (the normalized view when `normalize` ran first, the original text otherwise, so it
/// copes with raw CR LF, tabs, blank lines and NBSP itself) and stores every span in original code point offsets.
/// Arabic words carry their proclitics as ``Token/prefix`` (`والقاهرة`: prefix `وال`, stem `قاهرة`) without changing
/// token offsets. See ``Tokenizer`` for what a token is, ``SentenceSplitter`` for where sentences end, and
/// ``CliticAnalyzer`` for how proclitics are found.
///
/// Its `stage.done` event counts `tokens`, `sentences` and `clitics` (tokens with a prefix).
public struct SegmentStage: Stage {
    public typealias Options = SegmentOptions

    public static let name = "segment"
    public static let summary =
        "Splits text into tokens (words with Arabic clitic prefixes, numbers, punctuation, URLs, e-mail addresses, "
        + "hashtags, mentions) and sentences."
    public static let requires: Set<Layer> = []
    public static let produces: Set<Layer> = [.tokens, .sentences]

    /// The options the stage was built with.
    public let options: SegmentOptions
    private let tokenizer: Tokenizer
    private let splitter: SentenceSplitter
    private let analyzer: CliticAnalyzer?

    /// Builds the stage; throws ``StageSetupError`` when an extra abbreviation can never match a word.
    public init(options: SegmentOptions) throws {
        self.options = options
        tokenizer = Tokenizer(abbreviations: try Abbreviations(extra: options.abbreviations))
        splitter = SentenceSplitter(policy: options.lineBreaks)
        analyzer = options.clitics ? CliticLexicon.analyzer : nil
    }

    /// Sets ``Document/tokens`` and ``Document/sentences`` and counts them.
    public func process(_ document: inout Document, context: inout StageContext) {
        let view = document.view
        let (raw, ranges) = view.scalars.withUnsafeBufferPointer { text in
            let raw = tokenizer.tokenize(text)
            return (raw, splitter.split(raw, text: text))
        }
        let tokens = mapTokens(raw, view: view, original: document.scalars)
        document.tokens = tokens
        document.sentences = ranges.map { range in
            Sentence(
                span: view.originalSpan(
                    start: Int(raw[range.lowerBound].start), end: Int(raw[range.upperBound - 1].end))
            )
        }
        context.count("tokens", tokens.count)
        context.count("sentences", document.sentences.count)
        context.count("clitics", analyzer == nil ? 0 : tokens.reduce(0) { $0 + ($1.prefix > 0 ? 1 : 0) })
    }

    /// The output tokens of `raw`, in original offsets, with clitic prefixes when enabled.
    private func mapTokens(_ raw: [RawToken], view: NormalizedText, original: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(raw.count)
        guard let analyzer else {
            for token in raw {
                tokens.append(
                    Token(span: view.originalSpan(start: Int(token.start), end: Int(token.end)), kind: token.kind))
            }
            return tokens
        }
        view.scalars.withUnsafeBufferPointer { viewText in
            view.originStart.withUnsafeBufferPointer { originStart in
                original.withUnsafeBufferPointer { originalText in
                    withUnsafeTemporaryAllocation(of: UInt16.self, capacity: StemLocator.capacity) { letters in
                        withUnsafeTemporaryAllocation(of: Int.self, capacity: StemLocator.capacity) { positions in
                            ArabicFolding.table.withUnsafeBufferPointer { folding in
                                let locator = StemLocator(
                                    analyzer: analyzer, view: viewText, originStart: originStart,
                                    original: originalText, letters: letters.baseAddress!,
                                    positions: positions.baseAddress!, folding: folding.baseAddress!)
                                for token in raw {
                                    let span = view.originalSpan(start: Int(token.start), end: Int(token.end))
                                    let prefix =
                                        token.flags.contains(.arabic) && !token.flags.contains(.abbreviation)
                                        ? locator.prefix(of: token, span: span) : 0
                                    tokens.append(Token(span: span, kind: token.kind, prefix: prefix))
                                }
                            }
                        }
                    }
                }
            }
        }
        return tokens
    }
}
