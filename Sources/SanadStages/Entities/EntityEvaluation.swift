import Foundation
import SanadCore

/// Scores predicted entities against gold ones exactly as `../shared/eval/ner_score.py` does.
///
/// A predicted entity stands for the gold tokens its span overlaps (so a span without its proclitic still counts
/// for the whole token); it is correct when it stands for exactly the tokens of a gold entity of the same type.
/// Predictions standing for the same tokens and type count once. Only PERSON, LOCATION and ORGANIZATION are
/// scored by default, and micro scores sum over them.
public enum EntityEvaluation {
    /// The types scored by default, as in `ner_score.py`.
    public static let scoredLabels: Set<Entity.Label> = [.person, .location, .organization]

    /// Scores `predictions[i]` against `documents[i]`.
    public static func score(
        _ documents: [EvaluationDocument], predictions: [[Entity]], labels: Set<Entity.Label> = scoredLabels
    ) -> EntityScores {
        precondition(documents.count == predictions.count, "one prediction list per document")
        var scores = EntityScores(labels: labels)
        for (document, entities) in zip(documents, predictions) {
            let gold = Set(document.gold.filter { labels.contains($0.label) })
            var predicted = Set<TokenMention>()
            for entity in entities where labels.contains(entity.label) {
                if let covered = covered(entity.span, in: document.tokenSpans) {
                    predicted.insert(TokenMention(tokens: covered, label: entity.label))
                }
            }
            for mention in predicted {
                if gold.contains(mention) {
                    scores.counts[mention.label, default: MatchCounts()].truePositives += 1
                } else {
                    scores.counts[mention.label, default: MatchCounts()].falsePositives += 1
                }
            }
            for mention in gold.subtracting(predicted) {
                scores.counts[mention.label, default: MatchCounts()].falseNegatives += 1
            }
        }
        return scores
    }

    /// Tags the gold-tokenized documents of `sentences` with `recognizer` and scores the result.
    public static func evaluate(_ recognizer: EntityRecognizer, on sentences: [TaggedSentence]) -> EntityScores {
        let documents = EvaluationDocument.documents(from: sentences)
        return score(documents, predictions: documents.map { recognizer.entities(in: $0.tokenizedDocument) })
    }

    /// The positions of the tokens `span` overlaps, or `nil` when it overlaps none.
    static func covered(_ span: Span, in tokens: [Span]) -> Range<Int>? {
        let low = tokens.partitionPoint { $0.end > span.start }
        var end = low
        while end < tokens.count, tokens[end].start < span.end { end += 1 }
        guard low < end, tokens[low].overlaps(span) else { return nil }
        return low..<end
    }
}

/// True and false positives and false negatives of one entity type.
public struct MatchCounts: Hashable, Sendable {
    /// Predicted entities that match a gold one.
    public var truePositives = 0
    /// Predicted entities that match none.
    public var falsePositives = 0
    /// Gold entities that no prediction matches.
    public var falseNegatives = 0

    /// Creates counts.
    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Share of predictions that are right (0 when there are none).
    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }

    /// Share of gold entities found (0 when there are none).
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    /// Harmonic mean of precision and recall (0 when both are 0).
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    static func + (lhs: MatchCounts, rhs: MatchCounts) -> MatchCounts {
        MatchCounts(truePositives: lhs.truePositives + rhs.truePositives,
                    falsePositives: lhs.falsePositives + rhs.falsePositives,
                    falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }
}

/// Entity-level scores per type and micro-averaged over the scored types.
public struct EntityScores: Hashable, Sendable, CustomStringConvertible {
    /// The scored types.
    public let labels: Set<Entity.Label>
    /// Counts per scored type.
    public var counts: [Entity.Label: MatchCounts]

    /// Empty scores of `labels`.
    public init(labels: Set<Entity.Label>) {
        self.labels = labels
        counts = Dictionary(uniqueKeysWithValues: labels.map { ($0, MatchCounts()) })
    }

    /// Counts summed over the scored types.
    public var micro: MatchCounts { counts.values.reduce(MatchCounts(), +) }

    /// The table `ner_score.py` prints: one line per type (by short name: `LOC`, `MISC`, `ORG`, `PER`), micro scores,
    /// and last `micro-F1` with four decimals.
    public var description: String {
        var lines: [String] = []
        for label in labels.sorted(by: { EntityScores.shortName($0) < EntityScores.shortName($1) }) {
            let row = counts[label] ?? MatchCounts()
            lines.append(line(EntityScores.shortName(label), row)
                + "  (tp \(row.truePositives) fp \(row.falsePositives) fn \(row.falseNegatives))")
        }
        lines.append(line("micro", micro))
        lines.append(String(format: "micro-F1 %.4f", micro.f1))
        return lines.joined(separator: "\n")
    }

    /// The scorer's short name of a type: `PER`, `LOC`, `ORG`, `MISC`.
    public static func shortName(_ label: Entity.Label) -> String {
        switch label {
        case .person: "PER"
        case .location: "LOC"
        case .organization: "ORG"
        case .misc: "MISC"
        }
    }

    private func line(_ name: String, _ row: MatchCounts) -> String {
        func formatted(_ value: Double) -> String { String(format: "%.3f", value) }
        return name.padding(toLength: 5, withPad: " ", startingAt: 0)
            + " P \(formatted(row.precision)) R \(formatted(row.recall)) F1 \(formatted(row.f1))"
    }
}
