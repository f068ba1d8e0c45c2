import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes whole lines to a child process's standard input from any thread, one writer at a time, giving up at a
/// deadline.
///
/// The calling thread writes itself — no thread hop per document. The pipe is non-blocking, so a child that stops
/// reading cannot hold a caller past its deadline; and SIGPIPE is blocked around each write, so a child that has
/// exited makes the write fail with EPIPE instead of killing `sanad` (the signal raised for this thread is taken
/// back before the thread's mask is restored).
final class PipeWriter: @unchecked Sendable {
    /// How a write went.
    enum Outcome {
        /// Every byte was written.
        case written
        /// The child no longer reads (it exited, or closed its input), or the pipe was closed here.
        case broken
        /// The deadline passed with the line partly written: the stream can no longer be trusted.
        case timedOut
    }

    private let lock = NSLock()
    /// Nil once closed.
    private var descriptor: Int32?

    /// Takes over the write end `descriptor`, making it non-blocking.
    init(descriptor: Int32) {
        self.descriptor = descriptor
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if let descriptor { closeDescriptor(descriptor) }
    }

    /// Writes all of `bytes` before `deadline`.
    func write(_ bytes: [UInt8], deadline: DispatchTime) -> Outcome {
        lock.lock()
        defer { lock.unlock() }
        guard let descriptor else { return .broken }
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previousMask = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previousMask)
        defer {
            var pending = sigset_t()
            if sigpending(&pending) == 0, sigismember(&pending, SIGPIPE) == 1, sigismember(&previousMask, SIGPIPE) == 0
            {
                var now = timespec()
                _ = sigtimedwait(&pipeSignal, nil, &now)
            }
            pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes {
                writeDescriptor(descriptor, $0.baseAddress! + offset, $0.count - offset)
            }
            if written >= 0 {
                offset += written
                continue
            }
            switch errno {
            case EINTR: continue
            case EAGAIN:
                let remaining = deadline.uptimeNanoseconds.subtractingReportingOverflow(
                    DispatchTime.now().uptimeNanoseconds)
                guard !remaining.overflow, remaining.partialValue > 0 else { return .timedOut }
                var wanted = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&wanted, 1, Int32(min(remaining.partialValue / 1_000_000 + 1, UInt64(Int32.max))))
            default: return .broken
            }
        }
        return .written
    }

    /// Closes the write end: the child reads the end of its input. Waits for a write in progress to finish.
    func close() {
        lock.withLock {
            if let descriptor { closeDescriptor(descriptor) }
            descriptor = nil
        }
    }
}

/// `write(2)`, which ``PipeWriter/write(_:deadline:)`` hides inside the class.
private func writeDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
