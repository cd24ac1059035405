package dev.junction.internal;

import java.util.List;
import org.jooq.SQLDialect;

/**
 * MariaDB: MySQL's behaviour with jOOQ's MariaDB rendering, through MariaDB Connector/J when the application has it
 * (URLs built from {@code host}, {@code port} and {@code database} then use {@code jdbc:mariadb:}), else through
 * MySQL Connector/J ({@code jdbc:mysql:}).
 */
final class MariaDbDialect extends MySqlDialect {

    MariaDbDialect() {
        this(false);
    }

    private MariaDbDialect(boolean mariaDbDriver) {
        super("mariadb", SQLDialect.MARIADB, "jdbc:mariadb:", mariaDbDriver);
    }

    @Override
    MySqlDialect variant(boolean mariaDbDriver) {
        return new MariaDbDialect(mariaDbDriver);
    }

    @Override
    List<JdbcDriver> drivers() {
        return List.of(JdbcDriver.MARIADB, JdbcDriver.MYSQL);
    }
}
