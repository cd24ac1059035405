package dev.junction.it.support;

/** The databases the integration tests run on, with the {@code driver} setting Junction is configured with. */
public enum DatabaseKind {
    POSTGRESQL("postgresql"),
    /** Spoken to through MySQL Connector/J, with jOOQ's MariaDB dialect. */
    MARIADB("mariadb"),
    /** In memory, in this JVM: needs no server. */
    H2("h2");

    private final String driver;

    DatabaseKind(String driver) {
        this.driver = driver;
    }

    /** The value of the {@code driver} key for {@code ConnectionManager.configure}. */
    public String driver() {
        return driver;
    }

    /** Quotes an identifier the way this database does, for names that are reserved words. */
    public String quote(String identifier) {
        return this == MARIADB ? "`" + identifier + "`" : "\"" + identifier + "\"";
    }
}
