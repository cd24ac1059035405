package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** Inverse loads with users in PostgreSQL, posts in MariaDB and comments in H2. */
class InverseLoadsPostgresToMariaDbTest extends InverseLoadsContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.POSTGRESQL)
                .bind("secondary", DatabaseKind.MARIADB)
                .bind("tertiary", DatabaseKind.H2);
    }
}
