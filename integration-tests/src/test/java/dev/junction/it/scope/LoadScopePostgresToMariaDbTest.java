package dev.junction.it.scope;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/**
 * Loads inside the primary scope and transactions, with shops in PostgreSQL, sales written to MariaDB and a
 * replica in H2.
 */
class LoadScopePostgresToMariaDbTest extends LoadScopeContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.POSTGRESQL)
                .bind("secondary", DatabaseKind.MARIADB)
                .bind("tertiary", DatabaseKind.H2);
    }
}
