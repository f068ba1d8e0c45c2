import Foundation
import PackagePlugin

/// Compiles every file under the target's `Resources` directories into the target's code, as the internal enum
/// `EmbeddedResources` (see `EmbedResourcesTool`).
///
/// The files end up inside the binary itself, so an executable copied alone to another machine still has them,
/// which `Bundle.module` resources do not allow. Any directory named `Resources` anywhere under the target's source
/// directory counts (`Resources/`, `Normalize/Resources/`…), and symbolic links are followed, so a target can embed
/// a directory that lives elsewhere in the package. Keys are paths relative to the target directory as written,
/// through links (`Resources/Pipelines/arabic-news.yaml`). Hidden files (`.keep`) are skipped.
///
/// The files are the build command's inputs: SwiftPM rebuilds when one changes and does not warn about them as
/// unhandled, so a target using this plugin needs no `exclude:` or `resources:` for them.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let files = ResourceFile.all(in: target.directoryURL)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) resource file(s) in \(target.name)",
                executable: try context.tool(named: "EmbedResourcesTool").url,
                arguments: [output.path(percentEncoded: false)]
                    + files.flatMap { [$0.key, $0.url.path(percentEncoded: false)] },
                inputFiles: files.map(\.url),
                outputFiles: [output])
        ]
    }
}
