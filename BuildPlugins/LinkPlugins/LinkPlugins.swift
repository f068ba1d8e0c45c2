import Foundation
import PackagePlugin

/// Registers the stage plugins a target links: generates `LinkedPlugins.swift` in the target, declaring
/// `linkedPluginStages`, the `SanadPlugin.stages` of every dependency whose sources live under the package's
/// `Plugins/` directory (see `LinkPluginsTool`).
///
/// Applied to `sanad`, it makes "depend on the plugin target" the whole registration: `Package.swift` adds every name
/// of its `plugins` list to the executable's dependencies, and this command turns those dependencies into imports and
/// one list, so no file of the executable names a plugin. The module names are the command's arguments, so SwiftPM
/// reruns it when the list changes.
@main
struct LinkPlugins: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let modules = PluginModule.linked(by: target, in: context.package)
        let output = context.pluginWorkDirectoryURL.appending(path: "LinkedPlugins.swift")
        return [
            .buildCommand(
                displayName: "Linking \(modules.count) stage plugin(s) into \(target.name)",
                executable: try context.tool(named: "LinkPluginsTool").url,
                arguments: [output.path(percentEncoded: false)] + modules,
                inputFiles: [],
                outputFiles: [output])
        ]
    }
}
