import Foundation

// Writes the Swift source of `EmbeddedResources` for the `EmbedResources` build plugin.
//
// Usage: EmbedResourcesTool OUTPUT [KEY PATH]...
// Each file at PATH is embedded under KEY. OUTPUT is only rewritten when its content changes, so an unchanged
// resource set does not recompile the target.

let arguments = Array(CommandLine.arguments.dropFirst())
guard let outputPath = arguments.first, arguments.count % 2 == 1 else {
    FileHandle.standardError.write(Data("usage: EmbedResourcesTool OUTPUT [KEY PATH]...\n".utf8))
    exit(64)
}

do {
    var files: [String: Data] = [:]
    for index in stride(from: 1, to: arguments.count, by: 2) {
        files[arguments[index]] = try Data(contentsOf: URL(filePath: arguments[index + 1]))
    }
    let source = Data(EmbeddedResourcesSource.render(files).utf8)
    let output = URL(filePath: outputPath)
    if (try? Data(contentsOf: output)) != source {
        try source.write(to: output, options: .atomic)
    }
} catch {
    FileHandle.standardError.write(Data("error: EmbedResourcesTool: \(error)\n".utf8))
    exit(1)
}
