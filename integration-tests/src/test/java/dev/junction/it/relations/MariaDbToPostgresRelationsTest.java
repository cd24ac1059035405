package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** Users in MariaDB, their posts in PostgreSQL, the comments in another MariaDB database. */
class MariaDbToPostgresRelationsTest extends RelationsContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.MARIADB)
                .bind("secondary", DatabaseKind.POSTGRESQL);
    }
}
