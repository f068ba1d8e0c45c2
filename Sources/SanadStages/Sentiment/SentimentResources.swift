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
        func read(_ name: String) throws(SentimentResourceError) -> Data {
            do {
                return try Data(contentsOf: directory.appendingPathComponent(name))
            } catch {
                throw SentimentResourceError("cannot read sentiment resource \(name) in \(directory.path): \(error.localizedDescription)")
            }
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

    /// The resources built into Sanad.
    ///
    /// This is the one place that knows where built-in resources live: today the SwiftPM resource bundle (the files
    /// of `Sentiment/Resources` sit at its root); when resources are embedded in the binary, only this accessor
    /// changes.
    public static func builtIn() throws(SentimentResourceError) -> SentimentResources {
        // Foundation on Linux reports `<bundle>/Resources` as the resource URL when the bundle has a folder of that
        // name (the stage-wide `Resources/` makes one), so look in both places.
        let candidates = [Bundle.module.resourceURL, Bundle.module.bundleURL].compactMap { $0 }
        guard let directory = candidates.first(where: {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent(FileName.arabicLexicon).path)
        }) else {
            throw SentimentResourceError(
                "the built-in sentiment resources are missing from \(Bundle.module.bundlePath); reinstall Sanad")
        }
        return try SentimentResources(directory: directory)
    }
}
