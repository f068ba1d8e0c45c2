import Foundation
import SanadCore

/// A document made from a token-per-line gold file the way `../shared/eval/conll_to_jsonl.py` makes it, with the
/// gold tokens and entities that `ner_score.py` compares predictions with.
///
/// The text joins each sentence's tokens with single spaces and sentences with newlines, `sentencesPerDocument`
/// sentences a document, ids `doc00000`, `doc00001`…; so the project's scorer and ``EntityEvaluation`` see the
/// same documents.
public struct EvaluationDocument: Sendable {
    /// The document's id, as `conll_to_jsonl.py` numbers it.
    public let id: String
    /// The text.
    public let text: String
    /// The gold tokens' spans, in text order.
    public let tokenSpans: [Span]
    /// The sentences' spans.
    public let sentenceSpans: [Span]
    /// The gold entities as ranges of token positions in ``tokenSpans``.
    public let gold: [TokenMention]

    /// The documents of `sentences`, `sentencesPerDocument` at a time (25, like the project's scripts).
    public static func documents(from sentences: [TaggedSentence], sentencesPerDocument: Int = 25) -> [EvaluationDocument] {
        precondition(sentencesPerDocument > 0, "a document holds at least one sentence")
        return stride(from: 0, to: sentences.count, by: sentencesPerDocument).map { first in
            let group = sentences[first..<min(first + sentencesPerDocument, sentences.count)]
            var text = ""
            var tokens: [Span] = []
            var sentenceSpans: [Span] = []
            var gold: [TokenMention] = []
            var offset = 0
            for (index, sentence) in group.enumerated() {
                if index > 0 {
                    text += "\n"
                    offset += 1
                }
                let base = tokens.count
                let sentenceStart = offset
                for (position, token) in sentence.tokens.enumerated() {
                    if position > 0 {
                        text += " "
                        offset += 1
                    }
                    let length = token.unicodeScalars.count
                    tokens.append(Span(start: offset, end: offset + length))
                    text += token
                    offset += length
                }
                sentenceSpans.append(Span(start: sentenceStart, end: offset))
                for mention in sentence.mentions {
                    gold.append(TokenMention(tokens: (base + mention.tokens.lowerBound)..<(base + mention.tokens.upperBound),
                                             label: mention.label))
                }
            }
            return EvaluationDocument(id: String(format: "doc%05d", first / sentencesPerDocument), text: text, tokenSpans: tokens, sentenceSpans: sentenceSpans, gold: gold)
        }
    }

    /// The document with the gold tokens (as words, without clitic prefixes) and sentences as its layers, for
    /// tagging without a segmenter.
    public var tokenizedDocument: Document {
        var document = Document(id: id, text: text)
        document.tokens = tokenSpans.map { Token(span: $0, kind: .word) }
        document.sentences = sentenceSpans.map { Sentence(span: $0) }
        return document
    }
}
