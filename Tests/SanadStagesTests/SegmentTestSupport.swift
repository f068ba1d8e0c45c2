import SanadCore
import SanadStages
import SanadTesting

/// Runs the `segment` stage on texts and reads its layers back as strings, for the segment tests.
enum SegmentRun {
    /// The document after `segment` ran on `text` with `options`, and the counts it reported.
    static func document(_ text: String, _ options: SegmentOptions = SegmentOptions()) throws -> (
        Document, [String: Int]
    ) {
        let result = try StageHarness.run([try SegmentStage(options: options)], on: text)
        return (result.document, result.counts(of: SegmentStage.name))
    }

    /// The text of every token of `text`.
    static func tokens(_ text: String, _ options: SegmentOptions = SegmentOptions()) throws -> [String] {
        let (document, _) = try document(text, options)
        return document.tokens.map { document.text(of: $0.span) }
    }

    /// The text of every sentence of `text`.
    static func sentences(_ text: String, _ options: SegmentOptions = SegmentOptions()) throws -> [String] {
        let (document, _) = try document(text, options)
        return document.sentences.map { document.text(of: $0.span) }
    }

    /// Each word token of `text` as `prefix+stem` (just the word when it has no prefix).
    static func clitics(_ text: String, _ options: SegmentOptions = SegmentOptions()) throws -> [String] {
        let (document, _) = try document(text, options)
        return document.tokens.filter { $0.kind == .word }.map { token in
            let stem = document.text(of: token.stem)
            return token.prefix == 0
                ? stem : document.text(of: Span(start: token.start, end: token.stem.start)) + "+" + stem
        }
    }

    /// Options with `line_breaks` set to `policy`.
    static func options(lineBreaks policy: LineBreakPolicy) -> SegmentOptions {
        var options = SegmentOptions()
        options.lineBreaks = policy
        return options
    }
}
