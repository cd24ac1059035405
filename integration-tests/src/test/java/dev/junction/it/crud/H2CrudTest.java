package dev.junction.it.crud;

import dev.junction.it.support.DatabaseKind;

/** The CRUD contract on H2, in memory. */
class H2CrudTest extends CrudContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
