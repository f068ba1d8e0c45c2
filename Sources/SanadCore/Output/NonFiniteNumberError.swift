/// A `Double` that JSON cannot hold (NaN or an infinity), met while writing a document: what `JSONEncoder` refused
/// too.
public struct NonFiniteNumberError: Error, CustomStringConvertible, Sendable {
    /// The value.
    public let value: Double

    public var description: String { "cannot write \(value) as a JSON number" }
}
