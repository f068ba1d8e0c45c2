import Logging

/// A stage that holds something outside the pipeline for the length of a run — a child process, a connection —
/// opened before the first document and closed after the last.
///
/// ``Runner`` calls ``Pipeline/start(logger:)`` before reading any input and ``Pipeline/stop(logger:)`` when the run
/// ends, so a resource that cannot be opened is an error before any document is read, and nothing outlives the run.
/// Loading a pipeline (`sanad validate`, `sanad show`) never starts it.
public protocol LifecycleStage: Stage {
    /// Opens what the stage needs; throws an error whose description tells the user what to fix.
    ///
    /// `logger` carries the pipeline and stage metadata, for events that belong to no document.
    func start(logger: Logger) throws

    /// Closes it, waiting for it to finish its work; called once per successful ``start(logger:)``.
    func stop(logger: Logger)
}
