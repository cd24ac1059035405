package dev.junction.it.crud;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** The CRUD contract on MariaDB through MariaDB Connector/J ({@code jdbc:mariadb:} URLs). */
class MariaDbConnectorCrudTest extends CrudContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    protected TestConnections.Builder databases() {
        return super.databases().throughMariaDbConnector();
    }
}
