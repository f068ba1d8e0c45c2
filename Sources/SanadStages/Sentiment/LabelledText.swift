import SanadCore

/// One labelled text for training or evaluating sentiment, with the file's other columns (such as ArSarcasm's
/// `dialect`) kept for per-group figures.
public struct LabelledText: Hashable, Sendable {
    /// The gold label.
    public var label: SentimentScore.Polarity
    /// The text.
    public var text: String
    /// The row's other named columns, by header name (empty for header-less TSV).
    public var columns: [String: String]

    /// Creates a labelled text.
    public init(label: SentimentScore.Polarity, text: String, columns: [String: String] = [:]) {
        self.label = label
        self.text = text
        self.columns = columns
    }
}
