package dev.junction.it.crud;

import dev.junction.it.support.DatabaseKind;

/** The all-or-nothing insertAll on H2, in memory. */
class InsertAllAtomicityH2Test extends InsertAllAtomicityContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
