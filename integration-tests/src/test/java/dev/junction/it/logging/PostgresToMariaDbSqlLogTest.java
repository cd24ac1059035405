package dev.junction.it.logging;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** The SQL log with users on PostgreSQL and posts on MariaDB. */
class PostgresToMariaDbSqlLogTest extends SqlLogContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.POSTGRESQL).bind("secondary", DatabaseKind.MARIADB);
    }
}
