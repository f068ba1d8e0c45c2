import Foundation

/// The files sentiment is built from: the Arabic lexicon and modifier list, the trained model, and the VADER
/// lexicon. Each is kept as read (text or bytes); ``SentimentAnalyzer`` parses them once.
public struct SentimentResources: Sendable {
    /// `arabic-lexicon.tsv`.
    public var arabicLexicon: String
    /// `arabic-modifiers.tsv`.
    public var arabicModifiers: String
    /// `arabic-sentiment.model`.
    public var model: Data
    /// `vader_lexicon.txt`.
    public var vaderLexicon: String

    /// File names of the resources, as they sit in `Sentiment/Resources/`.
    public enum FileName {
        public static let arabicLexicon = "arabic-lexicon.tsv"
        public static let arabicModifiers = "arabic-modifiers.tsv"
        public static let model = "arabic-sentiment.model"
        public static let vaderLexicon = "vader_lexicon.txt"
    }

    /// Creates resources from their contents.
    public init(arabicLexicon: String, arabicModifiers: String, model: Data, vaderLexicon: String) {
        self.arabicLexicon = arabicLexicon
        self.arabicModifiers = arabicModifiers
        self.model = model
        self.vaderLexicon = vaderLexicon
    }

    /// Reads the resources from a directory holding the four files (the source tree's `Sentiment/Resources/`).
    public init(directory: URL) throws(SentimentResourceError) {
        try self.init(place: directory.path) { name in try? Data(contentsOf: directory.appendingPathComponent(name)) }
    }

    /// The resources built into Sanad: the files of `Sentiment/Resources/`, compiled into the binary.
    public static func builtIn() throws(SentimentResourceError) -> SentimentResources {
        try SentimentResources(place: "the sanad binary") { name in
            EmbeddedResources.data(at: "Sentiment/Resources/" + name)
        }
    }

    /// These resources with the Arabic lexicon lines whose source column (third field) is `source` left out.
    ///
    /// Why: the `arsarcasm-induced` terms were chosen by reading ArSarcasm's train rows, so a cross-validation over
    /// that file that keeps them lets the lexicon see held-out rows; dropping them gives the honest figure.
    public func withoutLexiconSource(_ source: String) -> SentimentResources {
        var copy = self
        copy.arabicLexicon = arabicLexicon.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count < 3 || fields[2].trimmingCharacters(in: .whitespaces) != source
        }.joined(separator: "\n")
        return copy
    }

    /// Loads each file by name with `load`; `place` names where, for errors.
    private init(place: String, load: (String) -> Data?) throws(SentimentResourceError) {
        func read(_ name: String) throws(SentimentResourceError) -> Data {
            guard let data = load(name) else { throw SentimentResourceError("cannot read sentiment resource \(name) in \(place)") }
            return data
        }
        func text(_ name: String) throws(SentimentResourceError) -> String {
            guard let text = String(data: try read(name), encoding: .utf8) else {
                throw SentimentResourceError("sentiment resource \(name) is not UTF-8")
            }
            return text
        }
        self.init(
            arabicLexicon: try text(FileName.arabicLexicon), arabicModifiers: try text(FileName.arabicModifiers),
            model: try read(FileName.model), vaderLexicon: try text(FileName.vaderLexicon))
    }
}
