package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** A nested whereHas inside a transaction with default, secondary and tertiary on three H2 databases. */
class NestedWhereHasInTransactionH2Test extends NestedWhereHasInTransactionContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.H2);
    }
}
