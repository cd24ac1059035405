package dev.junction.it.crud;

import dev.junction.it.support.DatabaseKind;

/** The CRUD contract on MariaDB (through MySQL Connector/J). */
class MariaDbCrudTest extends CrudContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
