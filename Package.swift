// swift-tools-version:6.1
import PackageDescription

/// The stage plugins linked into `sanad`: each name is a folder `Plugins/<Name>/` holding `Sources/` (module `<Name>`,
/// which declares `public enum SanadPlugin { public static let stages: [any Stage.Type] }`) and `Tests/` (test target
/// `<Name>Tests`). Adding a plugin = its folder + its name here + a rebuild; the `LinkPlugins` build plugin registers
/// its stages in `sanad` (see Plugins/README.md).
let plugins = ["Quantities", "Keywords"]

/// Sanad: a plugin-based NLP pipeline framework for Arabic (and English) news text.
///
/// Module rules (see DESIGN.md): `SanadCore` never imports `SanadStages` or the CLI; stages import only
/// `SanadCore`; plugins under `Plugins/` import only `SanadCore`, as a third party would.
let package = Package(
    name: "Sanad",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "SanadCore", targets: ["SanadCore"]),
        .library(name: "SanadStages", targets: ["SanadStages"]),
        .library(name: "SanadTesting", targets: ["SanadTesting"]),
        .executable(name: "sanad", targets: ["sanad"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        .target(
            name: "SanadCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // A C header exposing the processor's prefetch instruction, which Swift lacks, to the entity tagger.
        .target(name: "SanadPrefetch"),
        .target(
            name: "SanadStages",
            dependencies: ["SanadCore", "SanadPrefetch"],
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "SanadTesting",
            dependencies: ["SanadCore", .product(name: "Logging", package: "swift-log")]
        ),
        .executableTarget(
            name: "sanad",
            dependencies: [
                "SanadCore",
                "SanadStages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ] + plugins.map { .target(name: $0) },
            plugins: ["EmbedResources", "LinkPlugins"]
        ),
        // Compiles every file under a target's `Resources` directories into its code as `EmbeddedResources`, so the
        // binary needs no resource bundle beside it. Under `BuildPlugins/` because `Plugins/` holds Sanad stage plugins.
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["EmbedResourcesTool"],
            path: "BuildPlugins/EmbedResources"
        ),
        .executableTarget(name: "EmbedResourcesTool", path: "BuildPlugins/EmbedResourcesTool"),
        // Generates `linkedPluginStages` in `sanad` from its dependencies under `Plugins/`, so linking a plugin
        // registers its stages without a hand edit.
        .plugin(
            name: "LinkPlugins",
            capability: .buildTool(),
            dependencies: ["LinkPluginsTool"],
            path: "BuildPlugins/LinkPlugins"
        ),
        .executableTarget(name: "LinkPluginsTool", path: "BuildPlugins/LinkPluginsTool"),
        .testTarget(name: "SanadCoreTests", dependencies: ["SanadCore", "SanadTesting"], exclude: ["Fixtures"]),
        .testTarget(name: "SanadStagesTests", dependencies: ["SanadStages", "SanadTesting"], exclude: ["Fixtures"]),
        .testTarget(
            name: "SanadCLITests", dependencies: ["sanad", "SanadCore", "SanadStages", "SanadTesting"],
            exclude: ["Fixtures"]),
    ]
        + plugins.flatMap { name -> [Target] in
            [
                .target(name: name, dependencies: ["SanadCore"], path: "Plugins/\(name)/Sources"),
                // Tests may run the built-in stages (`segment` makes the tokens a plugin reads); the plugin itself
                // may not depend on them.
                .testTarget(
                    name: "\(name)Tests", dependencies: [.target(name: name), "SanadTesting", "SanadStages"],
                    path: "Plugins/\(name)/Tests"),
            ]
        },
    swiftLanguageModes: [.v6]
)
