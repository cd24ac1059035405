package dev.junction.it.schema;

import dev.junction.it.support.DatabaseKind;

/** createTables and validateSchema on MariaDB. */
class MariaDbSchemaTest extends SchemaContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
