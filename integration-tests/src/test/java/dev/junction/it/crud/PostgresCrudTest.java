package dev.junction.it.crud;

import dev.junction.it.support.DatabaseKind;

/** The CRUD contract on PostgreSQL. */
class PostgresCrudTest extends CrudContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
