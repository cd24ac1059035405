package dev.junction.it.failures;

import dev.junction.it.support.DatabaseKind;

/** Concurrent eager loads with every connection on PostgreSQL. */
class PostgresConcurrentLoadTest extends ConcurrentLoadContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
