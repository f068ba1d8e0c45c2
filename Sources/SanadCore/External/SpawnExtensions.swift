#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `posix_spawn` file actions and `pipe2` that C libraries provide as extensions, which Swift's `Glibc` module
/// does not import: looked up once at run time.
enum SpawnExtensions {
    private typealias AddChangeDirectory =
        @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32

    nonisolated(unsafe) private static let library = dlopen(nil, RTLD_NOW)
    private static let changeDirectory = dlsym(library, "posix_spawn_file_actions_addchdir_np")
        .map { unsafeBitCast($0, to: AddChangeDirectory.self) }
    private static let closeFrom = dlsym(library, "posix_spawn_file_actions_addclosefrom_np")
        .map { unsafeBitCast($0, to: AddCloseFrom.self) }
    private static let pipe2 = dlsym(library, "pipe2").map { unsafeBitCast($0, to: Pipe2.self) }

    /// Makes the child start in `directory` (glibc 2.29+, macOS 10.15+); the path is copied. False when the C
    /// library cannot.
    static func addChangeDirectory(_ actions: inout posix_spawn_file_actions_t, _ directory: String) -> Bool {
        changeDirectory?(&actions, directory) == 0
    }

    /// Closes every descriptor from `lowest` up in the child (glibc 2.34+), besides those opened close-on-exec.
    static func addCloseFrom(_ actions: inout posix_spawn_file_actions_t, _ lowest: Int32) {
        _ = closeFrom?(&actions, lowest)
    }

    /// A pipe whose two ends are closed on `exec`: atomically with `pipe2` where there is one, so that a process
    /// spawned at the same moment by another thread cannot inherit it.
    /// - Returns: the read and write ends, or nil with `errno` set.
    static func closeOnExecPipe() -> (read: Int32, write: Int32)? {
        var ends: [Int32] = [0, 0]
        if let pipe2 {
            guard pipe2(&ends, O_CLOEXEC) == 0 else { return nil }
        } else {
            guard pipe(&ends) == 0 else { return nil }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        }
        return (ends[0], ends[1])
    }
}
