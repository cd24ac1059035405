package dev.junction.it.crud;

import dev.junction.it.support.DatabaseKind;

/** The CRUD contract on PostgreSQL, on empty databases whose tables {@code ConnectionManager.createTables()} made. */
class PostgresCreatedTablesCrudTest extends CrudContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @Override
    boolean tablesFromModels() {
        return true;
    }
}
