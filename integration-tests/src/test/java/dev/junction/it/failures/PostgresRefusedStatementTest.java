package dev.junction.it.failures;

import dev.junction.it.support.DatabaseKind;

/** Refused statements on PostgreSQL. */
class PostgresRefusedStatementTest extends RefusedStatementContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
