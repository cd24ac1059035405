package dev.junction.it.logging;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** The SQL log with every connection on H2. */
class H2SqlLogTest extends SqlLogContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.H2);
    }
}
