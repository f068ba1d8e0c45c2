import Foundation
import PackagePlugin

/// Finds the stage plugin modules among a target's dependencies.
enum PluginModule {
    /// The module names of `target`'s direct dependencies whose directory is inside `package`'s `Plugins/` folder,
    /// sorted, so the generated file does not change with dependency order.
    static func linked(by target: Target, in package: Package) -> [String] {
        let folder = package.directoryURL.appending(path: "Plugins").standardizedFileURL.path(percentEncoded: false)
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let modules = target.dependencies.compactMap { dependency -> String? in
            guard case .target(let dependency) = dependency, let source = dependency as? SourceModuleTarget else {
                return nil
            }
            let directory = source.directoryURL.standardizedFileURL.path(percentEncoded: false)
            return directory.hasPrefix(prefix) ? source.moduleName : nil
        }
        return modules.sorted()
    }
}
