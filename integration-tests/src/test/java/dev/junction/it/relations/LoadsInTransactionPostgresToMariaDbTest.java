package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** Loads inside transactions with users in PostgreSQL, posts in MariaDB and comments in H2. */
class LoadsInTransactionPostgresToMariaDbTest extends LoadsInTransactionContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.POSTGRESQL)
                .bind("secondary", DatabaseKind.MARIADB)
                .bind("tertiary", DatabaseKind.H2);
    }
}
