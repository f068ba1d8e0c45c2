/// Why a labelled data file could not be used; the message names the file and line.
public struct SentimentDataError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong and where.
    public let message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
