package dev.junction.it.failures;

import dev.junction.it.support.DatabaseKind;

/** Refused statements on H2, in memory. */
class H2RefusedStatementTest extends RefusedStatementContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
