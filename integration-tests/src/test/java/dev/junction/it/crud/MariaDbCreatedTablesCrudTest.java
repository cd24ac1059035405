package dev.junction.it.crud;

import dev.junction.it.support.DatabaseKind;

/** The CRUD contract on MariaDB, on empty databases whose tables {@code ConnectionManager.createTables()} made. */
class MariaDbCreatedTablesCrudTest extends CrudContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    boolean tablesFromModels() {
        return true;
    }
}
