import Foundation

/// A file to embed: where it is, and the key the target's code looks it up by.
struct ResourceFile {
    /// The path relative to the target directory, through symbolic links (`Normalize/Resources/lexicon.txt`).
    let key: String
    /// Where the file is read from.
    let url: URL

    /// Every non-hidden file inside a directory named `Resources` under `directory`, sorted by key.
    ///
    /// Symbolic links to files and directories are followed; a link back to one of its own ancestors is not, so a
    /// cycle of links cannot make the walk endless.
    static func all(in directory: URL) -> [ResourceFile] {
        var found: [ResourceFile] = []
        collect(in: directory, key: "", insideResources: false, ancestors: [], into: &found)
        return found.sorted { $0.key < $1.key }
    }

    private static func collect(
        in directory: URL, key: String, insideResources: Bool, ancestors: Set<String>, into found: inout [ResourceFile]
    ) {
        let realPath = directory.resolvingSymlinksInPath().path(percentEncoded: false)
        guard !ancestors.contains(realPath) else { return }
        let ancestors = ancestors.union([realPath])
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path(percentEncoded: false))) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = directory.appending(path: name)
            let childKey = key.isEmpty ? name : key + "/" + name
            var isDirectory: ObjCBool = false
            // `fileExists` follows links; a dangling link is skipped.
            guard FileManager.default.fileExists(atPath: url.path(percentEncoded: false), isDirectory: &isDirectory)
            else { continue }
            if isDirectory.boolValue {
                collect(
                    in: url, key: childKey, insideResources: insideResources || name == "Resources",
                    ancestors: ancestors, into: &found)
            } else if insideResources {
                found.append(ResourceFile(key: childKey, url: url))
            }
        }
    }
}
