// swift-tools-version:6.1
import PackageDescription

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
        .target(
            name: "SanadStages",
            dependencies: ["SanadCore"],
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
            ],
            plugins: ["EmbedResources"]
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
        .testTarget(name: "SanadCoreTests", dependencies: ["SanadCore", "SanadTesting"]),
        .testTarget(name: "SanadStagesTests", dependencies: ["SanadStages", "SanadTesting"], exclude: ["Fixtures"]),
        .testTarget(
            name: "SanadCLITests", dependencies: ["sanad", "SanadCore", "SanadTesting"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
