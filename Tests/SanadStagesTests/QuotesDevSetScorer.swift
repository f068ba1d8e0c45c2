import Foundation
import SanadCore

/// The matching of `../shared/eval/quote_score.py`, for scoring the quote dev set in-process: a predicted quote
/// matches a gold one when their overlap covers half of each (one-to-one, largest overlap first), and its speaker is
/// right when a predicted name, normalized, equals, contains or (with four letters or more) is contained in one of
/// the gold speaker's names.
struct QuotesDevSetScorer {
    /// A gold file of the dev set.
    struct Gold: Decodable {
        struct Item: Decodable {
            let start: Int
            let end: Int
            let speaker: String
            let optional: Bool?
        }
        let quotes: [Item]
        let aliases: [String: [String]]?
    }

    private(set) var required = 0
    private(set) var matched = 0
    private(set) var unmatchedPredictions = 0
    private(set) var rightSpeakers = 0

    /// Adds one document's counts.
    mutating func add(gold: Gold, predicted: [Quote]) {
        var pairs: [(overlap: Int, gold: Int, predicted: Int)] = []
        for (goldIndex, item) in gold.quotes.enumerated() {
            for (predictedIndex, quote) in predicted.enumerated() {
                let overlap = min(item.end, quote.end) - max(item.start, quote.start)
                if overlap > 0, 2 * overlap >= item.end - item.start, 2 * overlap >= quote.end - quote.start {
                    pairs.append((overlap, goldIndex, predictedIndex))
                }
            }
        }
        pairs.sort { ($0.overlap, $0.gold, $0.predicted) > ($1.overlap, $1.gold, $1.predicted) }
        var goldMatch: [Int: Int] = [:]
        var predictedMatched: Set<Int> = []
        for pair in pairs where goldMatch[pair.gold] == nil && !predictedMatched.contains(pair.predicted) {
            goldMatch[pair.gold] = pair.predicted
            predictedMatched.insert(pair.predicted)
        }
        unmatchedPredictions += predicted.indices.filter { !predictedMatched.contains($0) }.count
        for (goldIndex, item) in gold.quotes.enumerated() where item.optional != true {
            required += 1
            guard let predictedIndex = goldMatch[goldIndex] else { continue }
            matched += 1
            let names = [item.speaker] + (gold.aliases?[item.speaker] ?? [])
            if let speaker = predicted[predictedIndex].speaker,
                Self.right([speaker.text, speaker.entity, speaker.canonical].compactMap { $0 }, names)
            {
                rightSpeakers += 1
            }
        }
    }

    /// The harmonic mean of attribution precision and recall: the scorer's `attributed-F1`.
    var attributedF1: Double {
        let predicted = matched + unmatchedPredictions
        let precision = predicted == 0 ? 0 : Double(rightSpeakers) / Double(predicted)
        let recall = required == 0 ? 0 : Double(rightSpeakers) / Double(required)
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    private static func right(_ predicted: [String], _ gold: [String]) -> Bool {
        for p in predicted.map(normalized) where !p.isEmpty {
            for g in gold.map(normalized) {
                if p == g || (g.count >= 3 && p.contains(g)) || (p.count >= 4 && g.contains(p)) { return true }
            }
        }
        return false
    }

    /// The scorer's `norm`: diacritics and tatweel dropped, alef variants, alef maqsura and teh marbuta folded,
    /// whitespace collapsed, lower-cased.
    private static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x064B...0x0652, 0x0670, 0x0640: continue
            case 0x0625, 0x0623, 0x0622, 0x0671: scalars.append("\u{0627}")
            case 0x0649: scalars.append("\u{064A}")
            case 0x0629: scalars.append("\u{0647}")
            default: scalars.append(scalar)
            }
        }
        return String(scalars).split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
