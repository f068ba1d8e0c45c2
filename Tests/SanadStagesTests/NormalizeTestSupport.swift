import SanadCore
import SanadStages

/// Text compared code point by code point. Swift's `String ==` treats canonically equivalent strings as equal
/// (`ا` + U+0653 equals `آ`), which would hide exactly what normalization tests check.
struct ScalarText: Equatable, ExpressibleByStringLiteral, CustomStringConvertible {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }
    init(stringLiteral text: String) { self.init(text) }

    var description: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return "\(String(view).debugDescription) \(scalars.map { String($0.value, radix: 16) })"
    }
}

/// The view of `text` under the identity options changed by `configure`, so a test turns on exactly one rule.
func normalizedView(_ text: String, _ configure: (inout NormalizeOptions) -> Void) -> ScalarText {
    ScalarText(normalization(text, configure).text.text)
}

/// The normalization of `text` under the identity options changed by `configure`.
func normalization(_ text: String, _ configure: (inout NormalizeOptions) -> Void) -> Normalization {
    var options = NormalizeOptions.identity
    configure(&options)
    return Normalizer(options: options).normalize(Array(text.unicodeScalars))
}

/// The original spans of every normalized code point, for asserting alignments in one line.
func spans(_ text: NormalizedText) -> [Span] {
    text.scalars.indices.map { text.originalSpan(start: $0, end: $0 + 1) }
}
