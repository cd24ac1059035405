package dev.junction.internal;

import java.util.List;
import java.util.Optional;

/**
 * A JDBC driver Junction knows: the URLs it takes, its class, and the Maven coordinates an application adds to get
 * it. The runtime depends on no driver; {@link #isPresent()} tells whether the application has this one, so that a
 * missing driver fails at {@code configure} with the coordinates to add rather than as "No suitable driver" when
 * the first connection opens.
 *
 * @param urlPrefix the prefix of the JDBC URLs it takes, such as {@code jdbc:mariadb:}
 * @param className its {@link java.sql.Driver} class
 * @param coordinates its Maven {@code groupId:artifactId}
 * @param label its name for messages, such as {@code MariaDB Connector/J}
 */
record JdbcDriver(String urlPrefix, String className, String coordinates, String label) {

    static final JdbcDriver POSTGRESQL = new JdbcDriver("jdbc:postgresql:", "org.postgresql.Driver",
            "org.postgresql:postgresql", "the PostgreSQL JDBC driver");
    static final JdbcDriver MYSQL = new JdbcDriver("jdbc:mysql:", "com.mysql.cj.jdbc.Driver",
            "com.mysql:mysql-connector-j", "MySQL Connector/J");
    static final JdbcDriver MARIADB = new JdbcDriver("jdbc:mariadb:", "org.mariadb.jdbc.Driver",
            "org.mariadb.jdbc:mariadb-java-client", "MariaDB Connector/J");
    static final JdbcDriver H2 = new JdbcDriver("jdbc:h2:", "org.h2.Driver", "com.h2database:h2", "H2");

    private static final List<JdbcDriver> ALL = List.of(POSTGRESQL, MYSQL, MARIADB, H2);

    /** The known driver that takes this URL, if any. */
    static Optional<JdbcDriver> forUrl(String url) {
        return ALL.stream().filter(driver -> url.startsWith(driver.urlPrefix)).findFirst();
    }

    /** Whether the application has this driver: its class loads from the context or the runtime's class loader. */
    boolean isPresent() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null && loads(context) || loads(JdbcDriver.class.getClassLoader());
    }

    private boolean loads(ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** "{@code org.mariadb.jdbc:mariadb-java-client} (MariaDB Connector/J)". */
    String describe() {
        return coordinates + " (" + label + ")";
    }
}
