package dev.junction.it.schema;

import dev.junction.it.support.DatabaseKind;

/** createTables and validateSchema on H2. */
class H2SchemaTest extends SchemaContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
