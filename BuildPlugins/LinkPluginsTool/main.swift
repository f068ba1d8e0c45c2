import Foundation

// Writes the Swift source of `linkedPluginStages` for the `LinkPlugins` build plugin.
//
// Usage: LinkPluginsTool OUTPUT [MODULE]...
// OUTPUT is only rewritten when its content changes, so an unchanged plugin list does not recompile the target.

let arguments = Array(CommandLine.arguments.dropFirst())
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: LinkPluginsTool OUTPUT [MODULE]...\n".utf8))
    exit(64)
}

do {
    let source = Data(LinkedPluginsSource.render(Array(arguments.dropFirst())).utf8)
    let output = URL(filePath: outputPath)
    if (try? Data(contentsOf: output)) != source {
        try source.write(to: output, options: .atomic)
    }
} catch {
    FileHandle.standardError.write(Data("error: LinkPluginsTool: \(error)\n".utf8))
    exit(1)
}
