import SanadCore

/// The engine of the `normalize` stage, usable on its own: normalizes code points into a view with an exact map
/// back to the original.
///
/// Build one per configuration (tables are made in `init`) and share it: it holds no per-text state. Other stages
/// use it to normalize their lexicon entries exactly the way the text was normalized.
public struct Normalizer: Sendable {
    /// The configuration.
    public let options: NormalizeOptions
    private let unicodeStep: UnicodeFormStep?
    private let rules: ScalarRuleTable

    /// Builds the tables for `options`.
    public init(options: NormalizeOptions = NormalizeOptions()) {
        self.options = options
        unicodeStep = options.unicode == .none ? nil : UnicodeFormStep(form: options.unicode)
        rules = ScalarRuleTable(options: options)
    }

    /// Normalizes `scalars`: the Unicode form first, then the per-code-point rules, then whitespace collapsing.
    public func normalize(_ scalars: [Unicode.Scalar]) -> Normalization {
        precondition(scalars.count < Int(Int32.max), "a text of \(scalars.count) code points is too long to align")
        return rules.entries.withUnsafeBufferPointer { rules in
            var builder = NormalizedTextBuilder(rules: rules, capacity: scalars.count)
            scalars.withUnsafeBufferPointer { input in
                if let unicodeStep {
                    unicodeStep.apply(to: input, into: &builder)
                } else {
                    for index in input.indices {
                        builder.append(input[index], start: index, end: index + 1, verbatim: true)
                    }
                }
            }
            return builder.finish(originalLength: scalars.count)
        }
    }

    /// The normalized form of `text`, for normalizing lexicon entries and queries the same way as documents.
    public func normalize(_ text: String) -> String {
        normalize(Array(text.unicodeScalars)).text.text
    }
}
