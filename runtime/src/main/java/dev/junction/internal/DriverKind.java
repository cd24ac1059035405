package dev.junction.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.SQLDialect;

/** The database kinds a connection can be configured for, with their JDBC URL shape and jOOQ dialect. */
public enum DriverKind {
    /** PostgreSQL, through the PostgreSQL JDBC driver. */
    POSTGRESQL("postgresql", SQLDialect.POSTGRES, "jdbc:postgresql:", 5432),
    /** MySQL, through MySQL Connector/J. */
    MYSQL("mysql", SQLDialect.MYSQL, "jdbc:mysql:", 3306),
    /** MariaDB, through MySQL Connector/J (URLs Junction builds use {@code jdbc:mysql:}). */
    MARIADB("mariadb", SQLDialect.MARIADB, "jdbc:mariadb:", 3306),
    /** H2, embedded; a {@code database} names an in-memory database. */
    H2("h2", SQLDialect.H2, "jdbc:h2:", 0);

    private final String key;
    private final SQLDialect dialect;
    private final String urlPrefix;
    private final int defaultPort;

    DriverKind(String key, SQLDialect dialect, String urlPrefix, int defaultPort) {
        this.key = key;
        this.dialect = dialect;
        this.urlPrefix = urlPrefix;
        this.defaultPort = defaultPort;
    }

    /** The value of the {@code driver} setting that selects this kind. */
    public String key() {
        return key;
    }

    /** The jOOQ dialect used for this kind. */
    public SQLDialect dialect() {
        return dialect;
    }

    int defaultPort() {
        return defaultPort;
    }

    /** Whether key lists are best sent as one array parameter ({@code = ANY(?)}) rather than IN chunks. */
    public boolean supportsArrayParameters() {
        return this == POSTGRESQL;
    }

    /** Whether the database is MySQL or MariaDB, both reached through MySQL Connector/J. */
    public boolean isMySqlFamily() {
        return this == MYSQL || this == MARIADB;
    }

    static Optional<DriverKind> fromKey(String key) {
        String lower = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.key.equals(lower)).findFirst();
    }

    static Optional<DriverKind> fromUrl(String url) {
        return Arrays.stream(values()).filter(k -> url.startsWith(k.urlPrefix)).findFirst();
    }

    static String knownKeys() {
        return Arrays.stream(values()).map(DriverKind::key).collect(Collectors.joining(", "));
    }
}
