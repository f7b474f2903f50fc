import Foundation
import OmneoIDConfiguration
import Testing

@testable import OmneoIDGateway

@Suite("SigningKeyFile")
struct SigningKeyFileTests {
    @Test(arguments: TokenAlgorithm.allCases)
    func createdOnFirstStartWithMode0600AndReused(algorithm: TokenAlgorithm) throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        // The data directory does not exist yet: it is created.
        let file = SigningKeyFile(dataDirectory: directory.path + "/data")
        #expect(file.path == directory.path + "/data/keys.jwks.json")
        #expect(!file.exists)

        let first = try file.loadOrCreate(algorithm: algorithm)
        #expect(first.created)
        #expect(try directory.mode(of: file.path) == 0o600)
        #expect(first.keys.algorithm == algorithm)

        let second = try file.loadOrCreate(algorithm: algorithm)
        #expect(!second.created)
        #expect(second.keys.keys.map(\.kid) == first.keys.keys.map(\.kid))
        #expect(second.keys.activeKey.createdAt == first.keys.activeKey.createdAt)
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path + "/data") == ["keys.jwks.json"])
    }

    @Test func createdFileIs0600EvenWithAPermissiveUmask() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let previous = umask(0)
        defer { umask(previous) }
        let file = SigningKeyFile(path: directory.path + "/k.json")
        _ = try file.generate(algorithm: .es256)
        #expect(try directory.mode(of: file.path) == 0o600)
    }

    @Test func fileFormatIsAPrivateJWKSWithCreationTime() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let file = SigningKeyFile(path: directory.path + "/keys.jwks.json")
        let keys = try file.generate(algorithm: .es256, now: TokenFixture.now)
        let object =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file.path))) as! [String: Any]
        let jwk = (object["keys"] as! [[String: Any]])[0]
        #expect(Set(jwk.keys) == ["kty", "crv", "alg", "use", "kid", "x", "y", "d", "iat"])
        #expect(jwk["kty"] as? String == "EC")
        #expect(jwk["crv"] as? String == "P-256")
        #expect(jwk["alg"] as? String == "ES256")
        #expect(jwk["kid"] as? String == keys.activeKey.kid)
        #expect(jwk["iat"] as? Int == TokenFixture.nowSeconds)
        #expect(keys.activeKey.kid.count == 22)
    }

    @Test func hs256FileHoldsAnOctKeyOf32Bytes() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let file = SigningKeyFile(path: directory.path + "/keys.jwks.json")
        _ = try file.generate(algorithm: .hs256)
        let object =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file.path))) as! [String: Any]
        let jwk = (object["keys"] as! [[String: Any]])[0]
        #expect(jwk["kty"] as? String == "oct")
        #expect(jwk["alg"] as? String == "HS256")
        #expect(Base64URL.decode(jwk["k"] as! String)?.count == 32)
    }

    @Test func generateRefusesToOverwriteUnlessForced() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let file = SigningKeyFile(path: directory.path + "/keys.jwks.json")
        let first = try file.generate(algorithm: .eddsa)
        #expect(throws: SigningKeyError.alreadyExists(path: file.path)) { try file.generate(algorithm: .eddsa) }
        #expect(try file.load(algorithm: .eddsa).activeKey.kid == first.activeKey.kid)

        let forced = try file.generate(algorithm: .eddsa, force: true)
        #expect(forced.activeKey.kid != first.activeKey.kid)
        #expect(try file.load(algorithm: .eddsa).keys.map(\.kid) == [forced.activeKey.kid])
        #expect(try directory.mode(of: file.path) == 0o600)
    }

    @Test func rotateAndPruneRewriteTheFile() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let file = SigningKeyFile(path: directory.path + "/keys.jwks.json")
        let original = try file.generate(algorithm: .es256, now: TokenFixture.now)
        let rotated = try file.rotate(algorithm: .es256, now: TokenFixture.now.addingTimeInterval(10))
        #expect(rotated.keys.count == 2)
        #expect(rotated.keys[0].kid == original.activeKey.kid)
        let reloaded = try file.load(algorithm: .es256)
        #expect(reloaded.activeKey.kid == rotated.activeKey.kid)
        #expect(try directory.mode(of: file.path) == 0o600)

        let pruned = try file.prune(
            algorithm: .es256, tokenTTL: 3600, now: TokenFixture.now.addingTimeInterval(10 + 3660))
        #expect(pruned.removed == [original.activeKey.kid])
        #expect(try file.load(algorithm: .es256).keys.map(\.kid) == [rotated.activeKey.kid])
    }

    @Test func worldReadableFileIsRefused() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let file = SigningKeyFile(path: directory.path + "/keys.jwks.json")
        _ = try file.generate(algorithm: .es256)
        chmod(file.path, 0o644)
        #expect(throws: SigningKeyError.insecurePermissions(path: file.path, mode: 0o100644)) {
            try file.load(algorithm: .es256)
        }
        let error = try #require(throws: SigningKeyError.self) { try file.loadOrCreate(algorithm: .es256) }
        #expect(error.description.contains("chmod 600"))
        #expect(error.description.contains(file.path))
    }

    @Test func unreadableFileIsRefused() throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        try FileManager.default.createDirectory(
            atPath: directory.path + "/keys.jwks.json", withIntermediateDirectories: true)
        let file = SigningKeyFile(path: directory.path + "/keys.jwks.json")
        #expect(throws: SigningKeyError.self) { try file.load(algorithm: .es256) }
        let missing = SigningKeyFile(path: directory.path + "/nope.json")
        let error = try #require(throws: SigningKeyError.self) { try missing.load(algorithm: .es256) }
        guard case .unreadable = error else { Issue.record("\(error)"); return }
    }

    @Test(arguments: [
        "not json",
        "[]",
        #"{"keys": []}"#,
        #"{"keys": [{"kty": "EC"}]}"#,
        #"{"keys": [{"kty": "EC", "crv": "P-256", "alg": "ES256", "kid": "abc", "x": "AA", "y": "AA", "d": "AA", "iat": 1}]}"#,
        #"{"keys": [{"kty": "oct", "alg": "HS256", "kid": "abc", "k": "c2hvcnQ", "iat": 1}]}"#,
        #"{"keys": [{"kty": "oct", "alg": "HS256", "kid": "../etc", "k": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "iat": 1}]}"#,
        #"{"keys": [{"kty": "oct", "alg": "HS256", "kid": "abc", "k": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}]}"#,
        #"{"keys": [{"kty": "oct", "alg": "RS256", "kid": "abc", "k": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "iat": 1}]}"#,
    ])
    func corruptFileIsRefused(contents: String) throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let file = SigningKeyFile(path: directory.path + "/keys.jwks.json")
        try FileManager.default.createDirectory(atPath: directory.path, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(
            atPath: file.path, contents: Data(contents.utf8), attributes: [.posixPermissions: 0o600])
        let error = try #require(throws: SigningKeyError.self) { try file.load(algorithm: .hs256) }
        guard case .corrupt(let path, _) = error else { Issue.record("\(error)"); return }
        #expect(path == file.path)
        #expect(!error.description.contains("\n"))
    }

    @Test func mismatchedPublicAndPrivateKeyIsRefused() throws {
        let a = String(decoding: SigningKeySet.generate(algorithm: .es256).privateJWKSJSON(), as: UTF8.self)
        let b = SigningKeySet.generate(algorithm: .es256).privateJWKSJSON()
        let other = (try JSONSerialization.jsonObject(with: b) as! [String: Any])["keys"] as! [[String: Any]]
        var object = try JSONSerialization.jsonObject(with: Data(a.utf8)) as! [String: Any]
        var keys = object["keys"] as! [[String: Any]]
        keys[0]["d"] = other[0]["d"]
        object["keys"] = keys
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(throws: SigningKeyError.self) { try SigningKeySet(privateJWKS: data, algorithm: .es256) }
    }

    @Test func duplicateKidsAreRefused() throws {
        let json = String(decoding: SigningKeySet.generate(algorithm: .hs256).privateJWKSJSON(), as: UTF8.self)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let key = (object["keys"] as! [[String: Any]])[0]
        let data = try JSONSerialization.data(withJSONObject: ["keys": [key, key]])
        let error = try #require(throws: SigningKeyError.self) {
            try SigningKeySet(privateJWKS: data, algorithm: .hs256)
        }
        #expect(error.description.contains("share kid"))
    }

    @Test(arguments: [
        (TokenAlgorithm.es256, TokenAlgorithm.hs256), (.hs256, .es256), (.eddsa, .es256), (.es256, .eddsa),
    ])
    func keysOfAnotherAlgorithmAreRefused(stored: TokenAlgorithm, configured: TokenAlgorithm) throws {
        let directory = TemporaryDirectory()
        defer { directory.cleanup() }
        let file = SigningKeyFile(path: directory.path + "/keys.jwks.json")
        _ = try file.generate(algorithm: stored)
        #expect(
            throws: SigningKeyError.algorithmMismatch(path: file.path, found: stored.rawValue, configured: configured)
        ) {
            try file.loadOrCreate(algorithm: configured)
        }
        let error = SigningKeyError.algorithmMismatch(path: file.path, found: stored.rawValue, configured: configured)
        #expect(error.description.contains("OMNEO_ID_TOKEN_ALG"))
    }
}

@Suite("SigningKeySet")
struct SigningKeySetTests {
    @Test(arguments: [TokenAlgorithm.es256, .eddsa])
    func publicJWKSHasPublicMembersOnly(algorithm: TokenAlgorithm) throws {
        var keys = SigningKeySet.generate(algorithm: algorithm)
        keys.rotate()
        let object = try JSONSerialization.jsonObject(with: keys.publicJWKSJSON()) as! [String: Any]
        let published = object["keys"] as! [[String: Any]]
        #expect(published.count == 2)
        #expect(published.map { $0["kid"] as? String } == keys.keys.map(\.kid))
        for jwk in published {
            #expect(jwk["d"] == nil)
            #expect(jwk["k"] == nil)
            #expect(jwk["alg"] as? String == algorithm.rawValue)
            let expected: Set<String> =
                algorithm == .es256 ? ["kty", "crv", "alg", "kid", "x", "y"] : ["kty", "crv", "alg", "kid", "x"]
            #expect(Set(jwk.keys) == expected)
        }
        let text = String(decoding: keys.publicJWKSJSON(), as: UTF8.self)
        #expect(!text.contains("\"d\""))
    }

    @Test func hs256PublishesNoKey() {
        var keys = SigningKeySet.generate(algorithm: .hs256)
        keys.rotate()
        #expect(keys.publicJWKS.keys.isEmpty)
        #expect(String(decoding: keys.publicJWKSJSON(), as: UTF8.self) == #"{"keys":[]}"#)
    }

    @Test func newestKeyIsActiveAfterReloadEvenIfFileOrderDiffers() throws {
        var keys = SigningKeySet.generate(algorithm: .eddsa, now: TokenFixture.now)
        let newer = keys.rotate(now: TokenFixture.now.addingTimeInterval(5))
        var object = try JSONSerialization.jsonObject(with: keys.privateJWKSJSON()) as! [String: Any]
        object["keys"] = Array((object["keys"] as! [Any]).reversed())
        let reloaded = try SigningKeySet(privateJWKS: JSONSerialization.data(withJSONObject: object), algorithm: .eddsa)
        #expect(reloaded.activeKey.kid == newer.kid)
    }

    @Test func rotationWithAClockThatWentBackwardsStillActivatesTheNewKey() throws {
        var keys = SigningKeySet.generate(algorithm: .es256, now: TokenFixture.now)
        let newer = keys.rotate(now: TokenFixture.now.addingTimeInterval(-100))
        let reloaded = try SigningKeySet(privateJWKS: keys.privateJWKSJSON(), algorithm: .es256)
        #expect(reloaded.activeKey.kid == newer.kid)
    }

    @Test func kidsAreRandomAndURLSafe() {
        let kids = (0..<20).map { _ in SigningKeySet.generate(algorithm: .hs256).activeKey.kid }
        #expect(Set(kids).count == 20)
        #expect(kids.allSatisfy { SigningKey.isWellFormedKeyID($0) && $0.count == 22 })
    }
}

@Suite("Base64URL")
struct Base64URLTests {
    @Test func roundTripsAllLengths() {
        for length in 0..<40 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let text = Base64URL.encode(bytes)
            #expect(!text.contains("=") && !text.contains("+") && !text.contains("/"))
            #expect(Base64URL.decode(text) == bytes)
            #expect(
                text
                    == Data(bytes).base64EncodedString()
                    .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                    .replacingOccurrences(of: "=", with: ""))
        }
    }

    @Test(arguments: ["A", "AB=", "AB==", "A+B/", "AA AA", "AA\nA", "ABC=", "AB%", "é"])
    func rejectsNonBase64URL(text: String) {
        #expect(Base64URL.decode(text) == nil)
    }
}
