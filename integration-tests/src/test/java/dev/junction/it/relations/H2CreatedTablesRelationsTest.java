package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** The relations contract on three H2 databases whose tables {@code ConnectionManager.createTables()} made. */
class H2CreatedTablesRelationsTest extends RelationsContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.H2).tablesFromModels();
    }
}
