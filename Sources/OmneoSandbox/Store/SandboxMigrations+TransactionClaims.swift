extension SandboxMigrations {
    /// `v5-transaction-claims`: shoppers' claims of receipts (`omneo-sdk` `src/types/transaction.ts`,
    /// `TransactionClaim`), written so that `PostgresMigrations.translated(_:)` ports them.
    static let v5TransactionClaims: [String] = [
        """
        CREATE TABLE transaction_claims (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id TEXT NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            status TEXT NOT NULL, transaction_receipt_ref TEXT NOT NULL, transaction_transacted_at TEXT NOT NULL,
            transaction_timezone TEXT, transaction_total TEXT NOT NULL, transaction_location_external_code TEXT,
            attempts INTEGER, claimed_transaction_id INTEGER, claimed_at TEXT, last_checked_at TEXT,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX transaction_claims_profile ON transaction_claims (profile_id, id)",
    ]
}
