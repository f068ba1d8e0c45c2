import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A child process with pipes on its standard input, output and error, in a process group of its own.
///
/// Started with `posix_spawn`, so nothing of the parent runs in the child: its pipes are opened close-on-exec (the
/// child of another stage never inherits them, so each child sees the end of its input when its stage closes it),
/// its signal mask and dispositions are reset, and it leads its own process group, so that killing it also kills
/// anything it started. The parent owns the three descriptors and closes each when done with it. ``waitForExit()``
/// reaps it exactly once, which ``kill()`` relies on never to signal a process id that has been reused.
final class ChildProcess: @unchecked Sendable {
    /// The child's process id.
    let pid: pid_t
    /// The write end of the child's standard input.
    let input: Int32
    /// The read end of the child's standard output.
    let output: Int32
    /// The read end of the child's standard error.
    let errorOutput: Int32

    private let condition = NSCondition()
    private var termination: ProcessTermination?
    private var waiting = false

    private init(pid: pid_t, input: Int32, output: Int32, errorOutput: Int32) {
        self.pid = pid
        self.input = input
        self.output = output
        self.errorOutput = errorOutput
    }

    /// Starts `command` (its first element found on `PATH` unless it holds a `/`) with `environment`, in
    /// `directory` (the current one when nil).
    /// - Throws: the `posix_spawn` error, such as "No such file or directory", as an ``ExternalStartError``.
    static func spawn(_ command: [String], environment: [String: String], directory: String?) throws(ExternalStartError)
        -> ChildProcess
    {
        var pipes: [(read: Int32, write: Int32)] = []
        do {
            for _ in 0..<3 { pipes.append(try makePipe()) }
        } catch {
            for pipe in pipes {
                close(pipe.read)
                close(pipe.write)
            }
            throw error
        }
        let (stdin, stdout, stderr) = (pipes[0], pipes[1], pipes[2])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin.read, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout.write, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr.write, 2)
        if let directory, !SpawnExtensions.addChangeDirectory(&actions, directory) {
            for pipe in pipes {
                close(pipe.read)
                close(pipe.write)
            }
            throw ExternalStartError("this system's C library cannot start a process in another directory")
        }
        SpawnExtensions.addCloseFrom(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD] { sigaddset(&defaultSignals, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let arguments = command.map { strdup($0) } + [nil]
        let variables = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in arguments + variables { free(pointer) }
        }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, command[0], &actions, &attributes, arguments, variables)
        close(stdin.read)
        close(stdout.write)
        close(stderr.write)
        guard status == 0 else {
            close(stdin.write)
            close(stdout.read)
            close(stderr.read)
            throw ExternalStartError(spawnFailure: status, command: command, directory: directory)
        }
        return ChildProcess(pid: pid, input: stdin.write, output: stdout.read, errorOutput: stderr.read)
    }

    /// A pipe whose two ends are closed on `exec`.
    private static func makePipe() throws(ExternalStartError) -> (read: Int32, write: Int32) {
        guard let pipe = SpawnExtensions.closeOnExecPipe() else {
            throw ExternalStartError("cannot create a pipe: " + String(cString: strerror(errno)))
        }
        return pipe
    }

    /// Sends SIGKILL to the child's process group, unless it has been reaped already.
    func kill() {
        condition.withLock {
            guard termination == nil else { return }
            killGroup(pid)
        }
    }

    /// Waits for the child to exit, reaps it, and returns how it ended; callable from any thread, any number of
    /// times.
    @discardableResult
    func waitForExit() -> ProcessTermination {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let termination { return termination }
            if !waiting { break }
            condition.wait()
        }
        waiting = true
        condition.unlock()
        // Wait without reaping, so that `kill()` never signals a reaped pid, then reap under the lock.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
        condition.lock()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        termination = ProcessTermination(waitStatus: status)
        condition.broadcast()
        return termination!
    }

    /// How the child ended, if it has been reaped.
    var exitStatus: ProcessTermination? { condition.withLock { termination } }
}

/// SIGKILL to the process group led by `pid` (the child's pid, which cannot be reused before the child is reaped), or
/// to the process alone if the group is gone.
private func killGroup(_ pid: pid_t) {
    if kill(-pid, SIGKILL) != 0 { _ = kill(pid, SIGKILL) }
}

/// `close(2)`, for the types whose own `close` methods hide it.
func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}
