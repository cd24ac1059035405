package dev.junction.it.failures;

import dev.junction.it.support.DatabaseKind;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Broken connections on MariaDB, through MySQL Connector/J. */
class MariaDbConnectionFailureTest extends ConnectionFailureContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }

    @Override
    Condition slowCondition() {
        return DSL.condition("sleep(" + SLOW_STATEMENT_SECONDS + ") = 0");
    }
}
