package dev.junction.it.failures;

import dev.junction.it.support.DatabaseKind;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Broken connections on PostgreSQL. */
class PostgresConnectionFailureTest extends ConnectionFailureContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @Override
    Condition slowCondition() {
        return DSL.condition("pg_sleep(" + SLOW_STATEMENT_SECONDS + ") is not null");
    }
}
