package dev.junction.it.crud;

import dev.junction.it.support.DatabaseKind;

/** The all-or-nothing insertAll on PostgreSQL. */
class InsertAllAtomicityPostgresTest extends InsertAllAtomicityContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
