package dev.junction.it.scope;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/**
 * Loads inside the primary scope and transactions, with shops in MariaDB, sales written to PostgreSQL and a
 * replica in MariaDB.
 */
class LoadScopeMariaDbToPostgresTest extends LoadScopeContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.MARIADB)
                .bind("secondary", DatabaseKind.POSTGRESQL);
    }
}
