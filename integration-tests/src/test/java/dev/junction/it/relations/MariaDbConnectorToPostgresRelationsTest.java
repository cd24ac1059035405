package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/**
 * The relations contract with users in MariaDB reached through MariaDB Connector/J ({@code jdbc:mariadb:} URLs),
 * their posts in PostgreSQL, the comments in MariaDB again.
 */
class MariaDbConnectorToPostgresRelationsTest extends RelationsContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.MARIADB)
                .bind("secondary", DatabaseKind.POSTGRESQL)
                .throughMariaDbConnector();
    }
}
