package dev.junction.it.crud;

import dev.junction.it.support.DatabaseKind;

/** The CRUD contract on H2, on empty databases whose tables {@code ConnectionManager.createTables()} made. */
class H2CreatedTablesCrudTest extends CrudContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }

    @Override
    boolean tablesFromModels() {
        return true;
    }
}
