package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/**
 * The relations contract over MariaDB, PostgreSQL and H2 (users, posts, comments), on empty databases whose tables
 * {@code ConnectionManager.createTables()} made.
 */
class MariaDbToPostgresCreatedTablesRelationsTest extends RelationsContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.MARIADB)
                .bind("secondary", DatabaseKind.POSTGRESQL)
                .bind("tertiary", DatabaseKind.H2)
                .tablesFromModels();
    }
}
