import SanadCore

/// The result of normalizing one text: the view with its alignment map, and what changed.
public struct Normalization: Sendable {
    /// The normalized view (what ``Document/normalized`` holds).
    public let text: NormalizedText
    /// How many code points each rule changed.
    public let counts: NormalizationCounts
}
