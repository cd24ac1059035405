package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** Inverse loads with default, secondary and tertiary on three H2 databases. */
class InverseLoadsH2Test extends InverseLoadsContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.H2);
    }
}
