package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** A nested whereHas inside a transaction with users in PostgreSQL, posts in MariaDB and comments in H2. */
class NestedWhereHasInTransactionPostgresToMariaDbTest extends NestedWhereHasInTransactionContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.POSTGRESQL)
                .bind("secondary", DatabaseKind.MARIADB)
                .bind("tertiary", DatabaseKind.H2);
    }
}
