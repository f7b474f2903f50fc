import Foundation
import OmneoIDConfiguration
import Testing

/// `OMNEO_ID_RATE_LIMIT_*`: `RATE/UNIT[:BURST]` or `off`, validated at start.
@Suite struct RateLimitSettingsTests {
    typealias Limit = OmneoIDSettings.RateLimit

    static func load(_ environment: [String: String]) throws -> OmneoIDSettings {
        try SettingsLoader(environment: environment).load()
    }

    @Test(arguments: [
        ("10/s:20", Limit(perSecond: 10, burst: 20)),
        ("120/m", Limit(perSecond: 2, burst: 120)),
        ("0.5/s:3", Limit(perSecond: 0.5, burst: 3)),
        ("3600/h:1", Limit(perSecond: 1, burst: 1)),
        (" 5 / S : 7 ", Limit(perSecond: 5, burst: 7)),
    ])
    func ratesAndBurstsAreRead(text: String, expected: Limit) throws {
        let settings = try Self.load(["OMNEO_ID_RATE_LIMIT_PROFILES_ME": text])
        #expect(settings.rateLimitProfilesMe == expected)
    }

    @Test(arguments: ["off", "OFF", "false", "0", "none"])
    func aLimitCanBeTurnedOff(text: String) throws {
        let settings = try Self.load(["OMNEO_ID_RATE_LIMIT_TOKEN_MINT": text])
        #expect(settings.rateLimitTokenMint == nil)
        #expect(settings.rateLimitProfilesMe != nil)
    }

    @Test func everyLimitHasItsVariableAndFlag() throws {
        let settings = try SettingsLoader(
            flags: [.rateLimitFindOrCreateIP: "1/s:2"],
            environment: [
                "OMNEO_ID_RATE_LIMIT_TOKEN_MINT": "1/s", "OMNEO_ID_RATE_LIMIT_PROFILES_ME": "2/s",
                "OMNEO_ID_RATE_LIMIT_FIND_OR_CREATE_IP": "9/s", "OMNEO_ID_RATE_LIMIT_FIND_OR_CREATE_TOKEN": "4/m:4",
                "OMNEO_ID_RATE_LIMIT_MAX_KEYS": "5000",
            ]
        ).load()
        #expect(settings.rateLimitTokenMint == Limit(perSecond: 1, burst: 1))
        #expect(settings.rateLimitProfilesMe == Limit(perSecond: 2, burst: 2))
        #expect(settings.rateLimitFindOrCreateIP == Limit(perSecond: 1, burst: 2))
        #expect(settings.rateLimitFindOrCreateToken == Limit(perSecond: 4.0 / 60, burst: 4))
        #expect(settings.rateLimitMaxKeys == 5000)
        #expect(Setting.rateLimitFindOrCreateToken.flag == "--rate-limit-find-or-create-token")
    }

    @Test(arguments: [
        ("OMNEO_ID_RATE_LIMIT_TOKEN_MINT", "10"), ("OMNEO_ID_RATE_LIMIT_TOKEN_MINT", "10/d"),
        ("OMNEO_ID_RATE_LIMIT_TOKEN_MINT", "-1/s"), ("OMNEO_ID_RATE_LIMIT_TOKEN_MINT", "0/s"),
        ("OMNEO_ID_RATE_LIMIT_PROFILES_ME", "10/s:0"), ("OMNEO_ID_RATE_LIMIT_PROFILES_ME", "10/s:x"),
        ("OMNEO_ID_RATE_LIMIT_PROFILES_ME", "10/s:5:5"), ("OMNEO_ID_RATE_LIMIT_FIND_OR_CREATE_IP", "nan/s"),
        ("OMNEO_ID_RATE_LIMIT_FIND_OR_CREATE_TOKEN", ""), ("OMNEO_ID_RATE_LIMIT_MAX_KEYS", "10"),
        ("OMNEO_ID_RATE_LIMIT_MAX_KEYS", "lots"),
    ])
    func invalidValuesStopTheStartNamingTheSetting(name: String, value: String) {
        do {
            _ = try Self.load([name: value])
            Issue.record("\(name)=\(value) was accepted")
        } catch let error as ConfigurationError {
            #expect(error.description.contains(name))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aConfigFileCanSetThem() throws {
        let path = NSTemporaryDirectory() + "omneo-id-rate-\(UUID().uuidString).yaml"
        try "rate_limit_token_mint: 30/m:10\nrate_limit_profiles_me: off\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let settings = try Self.load(["OMNEO_ID_CONFIG": path])
        #expect(settings.rateLimitTokenMint == Limit(perSecond: 0.5, burst: 10))
        #expect(settings.rateLimitProfilesMe == nil)
    }
}
