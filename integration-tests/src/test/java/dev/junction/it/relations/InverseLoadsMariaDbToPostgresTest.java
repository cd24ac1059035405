package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** Inverse loads with users in MariaDB, posts in PostgreSQL and comments in another MariaDB database. */
class InverseLoadsMariaDbToPostgresTest extends InverseLoadsContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.MARIADB)
                .bind("secondary", DatabaseKind.POSTGRESQL);
    }
}
