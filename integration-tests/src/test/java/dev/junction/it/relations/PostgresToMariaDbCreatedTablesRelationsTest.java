package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/**
 * The relations contract over PostgreSQL, MariaDB and H2 (users, posts, comments), on empty databases whose tables
 * {@code ConnectionManager.createTables()} made.
 */
class PostgresToMariaDbCreatedTablesRelationsTest extends RelationsContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.POSTGRESQL)
                .bind("secondary", DatabaseKind.MARIADB)
                .bind("tertiary", DatabaseKind.H2)
                .tablesFromModels();
    }
}
