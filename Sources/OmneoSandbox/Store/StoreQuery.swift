/// A portable description of one page of a filtered, sorted table, for any ``SandboxStore``.
///
/// Column names come from the resource's `ListQuerySchema`, never from the caller, so stores
/// may place them in SQL as they are.
public struct StoreQuery: Sendable, Equatable {
    public var conditions: [StoreCondition]
    public var sort: [StoreSort]
    public var page: PageRequest

    public init(conditions: [StoreCondition] = [], sort: [StoreSort] = [], page: PageRequest = .init()) {
        self.conditions = conditions
        self.sort = sort
        self.page = page
    }
}

/// Which page of a list, and how long pages are.
public struct PageRequest: Sendable, Equatable {
    /// 1-based page number.
    public var number: Int
    public var size: Int

    public static let defaultSize = 15
    /// Omneo's own ID tests ask for `page[size]=999` (`id-list-profile-redemptions.test.ts`).
    public static let maximumSize = 1000

    public init(number: Int = 1, size: Int = PageRequest.defaultSize) {
        self.number = number
        self.size = size
    }

    /// Rows skipped before this page.
    public var offset: Int { (number - 1) * size }
}

/// One `WHERE` term; terms are joined with `AND`.
public enum StoreCondition: Sendable, Equatable {
    /// `column = value`
    case equals(column: String, value: StoreValue)
    /// `LOWER(column) = LOWER(value)`
    case equalsIgnoringCase(column: String, value: String)
    /// `LOWER(column) LIKE %value%` (wildcards in `value` match literally)
    case containsIgnoringCase(column: String, value: String)
    /// `(column1 = value OR column2 = value …)`: a row that names the value in any of them.
    case anyEquals(columns: [String], value: StoreValue)
}

/// A value a condition compares with.
public enum StoreValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case bool(Bool)
}

/// One `ORDER BY` term.
public struct StoreSort: Sendable, Equatable {
    public var column: String
    public var descending: Bool

    public init(column: String, descending: Bool = false) {
        self.column = column
        self.descending = descending
    }
}

/// One page of rows and the number of rows on all pages.
public struct StorePage<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int

    public init(items: [Item], total: Int) {
        self.items = items
        self.total = total
    }
}

/// How a child resource is addressed in a path: by integer id or by handle.
public enum ResourceKey: Sendable, Equatable {
    case id(Int)
    case handle(String)
}
