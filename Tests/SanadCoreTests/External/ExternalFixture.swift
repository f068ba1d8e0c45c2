import Foundation
import Logging

@testable import SanadCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Pipelines around `Fixtures/fixture_plugin.py`, a plugin that misbehaves on request (its doc string lists how).
enum ExternalFixture {
    /// The fixture plugin's absolute path.
    static let plugin = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fixture_plugin.py").path

    /// The registry the tests load with: `external` and a few test stages.
    static let registry = StageRegistry([ExternalStage.self, SpaceTokenizer.self, QuotesStage.self, TokenizeStage.self])

    /// A `stages:` entry running the fixture as stage `id`: `settings` go over a command, `produces: [echo]` and a
    /// 10 s timeout.
    static func stage(id: String = "fixture", _ settings: [String: JSONValue] = [:]) -> String {
        var with: [String: JSONValue] = ["command": ["python3", .string(plugin)], "produces": ["echo"], "timeout": 10]
        with.merge(settings) { _, new in new }
        return "  - use: external\n    id: \(id)\n    with: \(JSONLine.encode(.object(with), leading: []))\n"
    }

    /// A pipeline named `p` with these `stages:` entries.
    static func yaml(_ stages: String...) -> String {
        "name: p\nlanguage: en\nstages:\n" + stages.joined()
    }

    /// Loads `yaml` as the bundled pipeline `p`.
    static func load(_ yaml: String) throws(PipelineLoadError) -> Pipeline {
        try PipelineCatalog(bundled: ["p": yaml]).load("p", registry: registry)
    }

    /// Runs documents `d0`, `d1`… holding `texts` through `pipeline` with ``Runner``.
    static func run(_ pipeline: Pipeline, _ texts: [String], onError: ErrorPolicy = .stop) async throws -> FixtureRun {
        let sink = MemoryLogSink()
        let logger = Logger(label: "test") { _ in EventLogHandler(sink: sink, level: .trace) }
        let input = texts.enumerated().map { index, text in
            DocumentReader.Element.success(
                ReadDocument(document: Document(id: "d\(index)", text: text), repairedUTF8At: nil))
        }
        var written: [Document] = []
        let outcome = try await Runner(pipeline: pipeline, logger: logger, onError: onError).run(
            input, write: { written.append($0) })
        return FixtureRun(outcome: outcome, documents: written, events: sink.events)
    }

    /// A logger keeping events in `sink`.
    static func logger(_ sink: MemoryLogSink) -> Logger {
        Logger(label: "test") { _ in EventLogHandler(sink: sink, level: .trace) }
    }

    /// The `echo` layer of `document`.
    static func echo(of document: Document) -> [String: JSONValue]? {
        if case .object(let echo)? = document.extensions["echo"] { return echo }
        return nil
    }

    /// Whether process `pid` exists, running or as a zombie not yet reaped.
    static func processExists(_ pid: Int) -> Bool {
        kill(pid_t(pid), 0) == 0 || errno != ESRCH
    }
}

/// What a fixture run wrote and logged.
struct FixtureRun {
    let outcome: Runner.Outcome
    let documents: [Document]
    let events: [LogRecord]

    /// The events called `name`.
    func events(named name: String) -> [LogRecord] { events.filter { $0.event == name } }

    /// The `echo` layer of each written document.
    var echoes: [[String: JSONValue]] { documents.compactMap(ExternalFixture.echo) }

    /// Every plugin process id the run's events and answers mention.
    var pids: Set<Int> {
        var pids: Set<Int> = []
        for event in events {
            if case .number(let pid)? = event.fields["pid"] { pids.insert(Int(pid)) }
        }
        for echo in echoes {
            if case .number(let pid)? = echo["pid"] { pids.insert(Int(pid)) }
        }
        return pids
    }

    /// The reason of the first failure, as the runner reports it.
    var failure: String? { outcome.firstFailure.map { "\($0)" } }
}
