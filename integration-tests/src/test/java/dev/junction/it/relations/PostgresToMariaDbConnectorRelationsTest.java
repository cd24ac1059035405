package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/**
 * The relations contract with users in PostgreSQL, their posts in MariaDB reached through MariaDB Connector/J
 * ({@code jdbc:mariadb:} URLs), the comments in H2.
 */
class PostgresToMariaDbConnectorRelationsTest extends RelationsContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.POSTGRESQL)
                .bind("secondary", DatabaseKind.MARIADB)
                .bind("tertiary", DatabaseKind.H2)
                .throughMariaDbConnector();
    }
}
