package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** whereHas with 70 000 keys with default, secondary and tertiary on three H2 databases. */
class WhereHasManyKeysH2Test extends WhereHasManyKeysContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.H2);
    }
}
