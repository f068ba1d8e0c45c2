/// Why a sentiment lexicon, modifier list or model could not be read; the message names the resource and the line
/// or field so the file can be fixed.
public struct SentimentResourceError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong and where.
    public let message: String

    /// Creates an error with a message a user can act on.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
