import PostgresNIO

/// A statement built piece by piece: SQL text with `$n` placeholders and their bindings.
///
/// Identifiers placed with ``append(_:)`` and ``appendIdentifier(_:)`` come from the schema
/// (record tables, `ListQuerySchema` columns), never from callers; values are always bound.
struct PostgresSQL {
    private(set) var text: String
    private(set) var bindings = PostgresBindings()

    init(_ text: String = "") {
        self.text = text
    }

    var query: PostgresQuery { PostgresQuery(unsafeSQL: text, binds: bindings) }

    mutating func append(_ sql: String) {
        text += sql
    }

    /// `"name"`, quoted.
    mutating func appendIdentifier(_ name: String) {
        text += Self.quoted(name)
    }

    /// Binds `value` and appends its placeholder.
    mutating func bind(_ value: PostgresColumnValue) {
        value.bind(to: &bindings)
        text += "$\(bindings.count)"
    }

    /// Binds `value` (e.g. an array) and appends its placeholder.
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value) {
        bindings.append(value)
        text += "$\(bindings.count)"
    }

    /// ` WHERE a AND b …`, or nothing for no conditions. Conditions mean what they mean on
    /// SQLite: `LOWER` folds ASCII only (collation "C"), `LIKE` wildcards in values match literally.
    mutating func appendWhere(_ conditions: [StoreCondition]) {
        for (index, condition) in conditions.enumerated() {
            append(index == 0 ? " WHERE " : " AND ")
            switch condition {
            case .equals(let column, let value):
                appendEquals(column, value)
            case .anyEquals(let columns, let value):
                append("(")
                for (number, column) in columns.enumerated() {
                    if number > 0 { append(" OR ") }
                    appendEquals(column, value)
                }
                append(")")
            case .equalsIgnoringCase(let column, let value):
                append("LOWER(")
                appendIdentifier(column)
                append(") = LOWER(")
                bind(.text(value))
                append(#"::text COLLATE "C")"#)
            case .containsIgnoringCase(let column, let value):
                let escaped = value.replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
                append("LOWER(")
                appendIdentifier(column)
                append(") LIKE LOWER(")
                bind(.text("%" + escaped + "%"))
                append(#"::text COLLATE "C") ESCAPE '\'"#)
            }
        }
    }

    /// `column = $n`.
    private mutating func appendEquals(_ column: String, _ value: StoreValue) {
        appendIdentifier(column)
        append(" = ")
        switch value {
        case .text(let text): bind(.text(text))
        case .integer(let integer): bind(.integer(integer))
        case .bool(let bool): bind(.bool(bool))
        }
    }

    /// ` ORDER BY …` from `sort`, then `tiebreak` ascending unless `sort` has it. `NULL`s sort
    /// first ascending and last descending, as on SQLite.
    mutating func appendOrder(_ sort: [StoreSort], tiebreak: String) {
        var terms = sort
        if !terms.contains(where: { $0.column == tiebreak }) {
            terms.append(StoreSort(column: tiebreak))
        }
        for (index, term) in terms.enumerated() {
            append(index == 0 ? " ORDER BY " : ", ")
            appendIdentifier(term.column)
            append(term.descending ? " DESC NULLS LAST" : " ASC NULLS FIRST")
        }
    }

    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
