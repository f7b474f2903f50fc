/// Validation and normalisation of e-mail addresses and mobile numbers, shared by every
/// part of Omneo ID that accepts them.
public enum ContactRules {
    /// The longest e-mail address accepted (RFC 5321 path limit).
    public static let maxEmailLength = 254

    /// Whether `email` is a plausible address: `local@domain.tld`, no spaces or control
    /// characters, local part ≤ 64, whole ≤ 254, domain labels of letters, digits and `-`.
    public static func isValidEmail(_ email: String) -> Bool {
        let utf8 = Array(email.utf8)
        guard utf8.count <= maxEmailLength,
            let at = utf8.lastIndex(of: UInt8(ascii: "@")),
            at > 0, at <= 64, at < utf8.count - 1
        else { return false }
        let local = utf8[..<at]
        let domain = utf8[(at + 1)...]
        let localAllowed = Set("!#$%&'*+-/=?^_`{|}~.".utf8)
        guard local.allSatisfy({ isAlphanumeric($0) || localAllowed.contains($0) }),
            local.first != UInt8(ascii: "."), local.last != UInt8(ascii: "."),
            !zip(local, local.dropFirst()).contains(where: { $0 == UInt8(ascii: ".") && $1 == UInt8(ascii: ".") })
        else { return false }
        let labels = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count)
                && label.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
                && label.first != UInt8(ascii: "-") && label.last != UInt8(ascii: "-")
        }
    }

    /// The form used to compare addresses: lower-cased (Omneo matches e-mail case-insensitively).
    public static func canonicalEmail(_ email: String) -> String {
        email.lowercased()
    }

    /// `mobile` in E.164 (`+` and 8 to 15 ASCII digits, no leading zero) after removing
    /// spaces, dashes, dots and brackets; `nil` when it cannot be. Read scalar by scalar, as
    /// the upstream does: a combining mark or a non-ASCII digit makes it invalid.
    public static func e164(_ mobile: String) -> String? {
        var digits = ""
        var sawPlus = false
        for (index, scalar) in mobile.unicodeScalars.enumerated() {
            switch scalar {
            case " ", "-", "(", ")", ".":
                continue
            case "+" where index == 0:
                sawPlus = true
            case "0"..."9":
                digits.unicodeScalars.append(scalar)
            default:
                return nil
            }
        }
        guard sawPlus, (8...15).contains(digits.utf8.count), digits.first != "0" else { return nil }
        return "+" + digits
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
