package dev.junction.it.failures;

import dev.junction.it.support.DatabaseKind;

/** Concurrent eager loads with every connection on MariaDB, through MySQL Connector/J. */
class MariaDbConcurrentLoadTest extends ConcurrentLoadContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
