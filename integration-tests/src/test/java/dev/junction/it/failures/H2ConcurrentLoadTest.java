package dev.junction.it.failures;

import dev.junction.it.support.DatabaseKind;

/** Concurrent eager loads with every connection on H2 over TCP. */
class H2ConcurrentLoadTest extends ConcurrentLoadContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
