#!/usr/bin/env bash
# Builds and tests a Swift plugin exactly as `sanad new stage NAME --swift` writes it, as a third party would use it:
# a fresh package in a temporary folder depends on this checkout (products SanadCore and SanadTesting) and holds the
# generated Plugins/<Name>/ as a target and a test target. Takes a few minutes (it builds SanadCore and its
# dependencies from scratch); the test suite only type-checks the generated code
# (Tests/SanadCLITests/NewStageCommandTests.swift).
#
# usage: scripts/check-swift-scaffold.sh [NAME]      (default: word-finder; SCRATCH=.build-x picks the build folder)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
name=${1:-word-finder}
scratch=${SCRATCH:-.build}
swift build --scratch-path "$scratch" --product sanad >/dev/null
sanad=$scratch/debug/sanad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$sanad" new stage "$name" --swift --output "$work/Plugins" | tee "$work/created.txt"
module=$(basename "$(find "$work/Plugins" -mindepth 1 -maxdepth 1 -type d)")
identity=$(basename "$root" | tr '[:upper:]' '[:lower:]')
cat >"$work/Package.swift" <<SWIFT
// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "ScaffoldCheck",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "$root")],
    targets: [
        .target(
            name: "$module", dependencies: [.product(name: "SanadCore", package: "$identity")],
            path: "Plugins/$module/Sources"),
        .testTarget(
            name: "${module}Tests",
            dependencies: ["$module", .product(name: "SanadTesting", package: "$identity")],
            path: "Plugins/$module/Tests"),
    ],
    swiftLanguageModes: [.v6]
)
SWIFT
cd "$work"
swift build --build-tests -Xswiftc -warnings-as-errors
swift test --skip-build
echo "check-swift-scaffold: the generated $module plugin builds without warnings and its tests pass"
