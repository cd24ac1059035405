package dev.junction.it.crud;

import dev.junction.it.support.DatabaseKind;

/** The all-or-nothing insertAll on MariaDB. */
class InsertAllAtomicityMariaDbTest extends InsertAllAtomicityContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
