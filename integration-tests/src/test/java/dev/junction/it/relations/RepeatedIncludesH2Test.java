package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** Repeated includes with default, secondary and tertiary on three H2 databases. */
class RepeatedIncludesH2Test extends RepeatedIncludesContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.H2);
    }
}
