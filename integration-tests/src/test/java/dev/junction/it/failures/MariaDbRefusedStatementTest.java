package dev.junction.it.failures;

import dev.junction.it.support.DatabaseKind;

/** Refused statements on MariaDB, through MySQL Connector/J. */
class MariaDbRefusedStatementTest extends RefusedStatementContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
