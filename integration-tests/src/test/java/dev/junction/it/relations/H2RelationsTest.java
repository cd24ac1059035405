package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** Relations with default, secondary and tertiary on three H2 databases. */
class H2RelationsTest extends RelationsContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.H2);
    }
}
