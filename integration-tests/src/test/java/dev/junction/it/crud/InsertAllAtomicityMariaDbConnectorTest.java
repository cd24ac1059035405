package dev.junction.it.crud;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/**
 * The all-or-nothing insertAll on MariaDB through MariaDB Connector/J, which returns every generated id of a
 * multi-row insert only with the connection property Junction sets on its pools.
 */
class InsertAllAtomicityMariaDbConnectorTest extends InsertAllAtomicityContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    protected TestConnections.Builder databases() {
        return super.databases().throughMariaDbConnector();
    }
}
