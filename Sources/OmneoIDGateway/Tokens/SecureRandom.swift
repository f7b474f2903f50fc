import Crypto

/// Random bytes from swift-crypto's system CSPRNG, for key ids, token ids and HMAC secrets.
enum SecureRandom {
    /// `count` cryptographically random bytes (`count` must be a multiple of 8 bits' worth, i.e. any byte count).
    static func bytes(_ count: Int) -> [UInt8] {
        SymmetricKey(size: SymmetricKeySize(bitCount: count * 8)).withUnsafeBytes { Array($0) }
    }
}
