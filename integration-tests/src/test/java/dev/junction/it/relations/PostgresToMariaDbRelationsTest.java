package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** Users in PostgreSQL, their posts in MariaDB, the comments in H2: a three-level chain across three databases. */
class PostgresToMariaDbRelationsTest extends RelationsContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.POSTGRESQL)
                .bind("secondary", DatabaseKind.MARIADB)
                .bind("tertiary", DatabaseKind.H2);
    }
}
