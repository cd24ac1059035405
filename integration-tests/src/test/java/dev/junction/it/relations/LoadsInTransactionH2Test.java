package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** Loads inside transactions with default, secondary and tertiary on three H2 databases. */
class LoadsInTransactionH2Test extends LoadsInTransactionContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.H2);
    }
}
