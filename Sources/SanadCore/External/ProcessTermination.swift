#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a child process ended.
enum ProcessTermination: Sendable, Hashable, CustomStringConvertible {
    /// It exited with this status.
    case exited(Int32)
    /// A signal killed it.
    case signaled(Int32)

    /// Decodes a `waitpid` status.
    init(waitStatus status: Int32) {
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as functions.
        let signal = status & 0x7F
        self = signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }

    /// Whether it exited with status 0.
    var isSuccess: Bool { self == .exited(0) }

    /// "exited with status 3", "was killed by signal 11 (Segmentation fault)".
    var description: String {
        switch self {
        case .exited(let status): return "exited with status \(status)"
        case .signaled(let signal):
            guard let name = strsignal(signal) else { return "was killed by signal \(signal)" }
            return "was killed by signal \(signal) (\(String(cString: name)))"
        }
    }
}
