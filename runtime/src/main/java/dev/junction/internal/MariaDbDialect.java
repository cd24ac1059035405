package dev.junction.internal;

import org.jooq.SQLDialect;

/**
 * MariaDB, reached through MySQL Connector/J (URLs built from {@code host}, {@code port} and {@code database} use
 * {@code jdbc:mysql:}): MySQL's behaviour with jOOQ's MariaDB rendering.
 */
final class MariaDbDialect extends MySqlDialect {

    MariaDbDialect() {
        super("mariadb", SQLDialect.MARIADB, "jdbc:mariadb:");
    }
}
