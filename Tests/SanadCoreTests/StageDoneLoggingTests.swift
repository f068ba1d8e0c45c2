import Logging
import Testing

@testable import SanadCore

/// `stage.done` is made straight from the counts when the logger's handler is a plain ``EventLogHandler``, and
/// through swift-log's metadata otherwise: both must give the same event.
@Suite struct StageDoneLoggingTests {
    /// The `stage.done` events of running the space tokenizer over "a b c", through a logger of `handler`, with
    /// the time (`ms`, the timestamp) left out.
    private func events(through handler: (MemoryLogSink) -> any LogHandler) throws -> [LogRecord] {
        let sink = MemoryLogSink()
        let logger = Logger(label: "test") { _ in handler(sink) }
        var document = Document(id: "d", text: "a b c")
        _ = try testPipeline([SpaceTokenizer(options: .init())]).process(&document, logger: logger)
        return sink.events.filter { $0.event == "stage.done" }
    }

    private func withoutTime(_ event: LogRecord) -> [String: JSONValue] {
        var fields = event.fields.filter { $0.key != "ms" }
        fields["event"] = .string(event.event)
        fields["message"] = .string(event.message)
        return fields
    }

    @Test func stageDoneReadsTheSameMadeDirectlyAndThroughSwiftLogMetadata() throws {
        let direct = try events { EventLogHandler(sink: $0) }
        let throughMetadata = try events { MultiplexLogHandler([EventLogHandler(sink: $0)]) }
        #expect(direct.count == 1)
        #expect(direct.map(withoutTime) == throughMetadata.map(withoutTime))
        #expect(direct.first?.fields["tokens"] == 3)
    }
}
