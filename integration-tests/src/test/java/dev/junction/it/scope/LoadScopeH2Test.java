package dev.junction.it.scope;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** Loads inside the primary scope and transactions, on three H2 databases. */
class LoadScopeH2Test extends LoadScopeContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.H2);
    }
}
