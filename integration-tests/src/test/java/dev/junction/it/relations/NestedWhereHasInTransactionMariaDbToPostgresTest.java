package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/**
 * A nested whereHas inside a transaction with users in MariaDB, posts in PostgreSQL and comments in another MariaDB
 * database.
 */
class NestedWhereHasInTransactionMariaDbToPostgresTest extends NestedWhereHasInTransactionContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.MARIADB)
                .bind("secondary", DatabaseKind.POSTGRESQL);
    }
}
