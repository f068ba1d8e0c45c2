/// Time a document took on its worker outside the stages, in nanoseconds: what, with the stages' times, tells where
/// a run's time goes (a run over JSONL spends a noticeable part of it parsing lines and writing JSON).
public struct OutsideStages: Sendable {
    /// Decoding the input into a document on the worker: parsing a JSONL line and checking its UTF-8. A text file
    /// or standard input is decoded as it is read, on the reading thread, and counts nothing here.
    public var readingNanoseconds: UInt64 = 0
    /// Turning the processed document into output (JSON or text), before it is written.
    public var renderingNanoseconds: UInt64 = 0

    /// Adds `other`'s times to these.
    mutating func add(_ other: OutsideStages) {
        readingNanoseconds += other.readingNanoseconds
        renderingNanoseconds += other.renderingNanoseconds
    }
}
