// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "omneo-id",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "omneo-id", targets: ["OmneoIDCLI"]),
        .library(name: "OmneoModels", targets: ["OmneoModels"]),
        .library(name: "OmneoIDGateway", targets: ["OmneoIDGateway"]),
        .library(name: "OmneoSandbox", targets: ["OmneoSandbox"]),
        .library(name: "OmneoIDClient", targets: ["OmneoIDClient"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/vapor/jwt-kit", from: "5.7.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0", traits: ["JSON", "YAML"]),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.1.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
    ],
    targets: [
        // Shared wire models: one definition of every Omneo resource, envelope and error body.
        .target(
            name: "OmneoModels",
            swiftSettings: swiftSettings
        ),
        // `postgres://` URLs and their PostgresNIO client settings, shared by the sandbox store
        // and the gateway's advisory lock.
        .target(
            name: "OmneoPostgres",
            dependencies: [
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings
        ),
        // HTTP pieces shared by the gateway and the sandbox (JSON responses, Omneo errors, bearer auth).
        .target(
            name: "OmneoHTTP",
            dependencies: [
                "OmneoModels",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOFoundationEssentialsCompat", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Operator settings: flags > environment > config file, validated once at start.
        .target(
            name: "OmneoIDConfiguration",
            dependencies: [
                "OmneoPostgres",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The Omneo-compatible sandbox upstream (API v3 subset) on SQLite through GRDB.
        .target(
            name: "OmneoSandbox",
            dependencies: [
                "OmneoModels",
                "OmneoHTTP",
                "OmneoPostgres",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The gateway: tokens, the profile proxy, find-or-create, locations, operations.
        .target(
            name: "OmneoIDGateway",
            dependencies: [
                "OmneoModels",
                "OmneoHTTP",
                "OmneoIDConfiguration",
                "OmneoPostgres",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOFoundationEssentialsCompat", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        // A client for apps and servers: Foundation (URLSession) and the shared models only.
        .target(
            name: "OmneoIDClient",
            dependencies: ["OmneoModels"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "OmneoIDCLI",
            dependencies: [
                "OmneoIDGateway",
                "OmneoPostgres",
                "OmneoSandbox",
                "OmneoIDConfiguration",
                "OmneoHTTP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // Helpers for tests: real listeners on ephemeral ports, a recording upstream, a raw-socket client.
        .target(
            name: "OmneoTestSupport",
            dependencies: [
                "OmneoSandbox",
                "OmneoPostgres",
                "OmneoIDGateway",
                "OmneoIDConfiguration",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/OmneoTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OmneoIDConfigurationTests",
            dependencies: ["OmneoIDConfiguration"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OmneoSandboxTests",
            dependencies: [
                "OmneoSandbox", "OmneoModels", "OmneoTestSupport", "OmneoPostgres",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OmneoIDClientTests",
            dependencies: ["OmneoIDClient", "OmneoModels", "OmneoTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "OmneoIDGatewayTests",
            dependencies: [
                "OmneoIDGateway", "OmneoModels", "OmneoTestSupport", "OmneoIDConfiguration", "OmneoPostgres", "OmneoHTTP",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
