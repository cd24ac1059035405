package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** To-one caches with default, secondary and tertiary on three H2 databases. */
class ToOneCachesH2Test extends ToOneCachesContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.H2);
    }
}
