package dev.junction.it.schema;

import dev.junction.it.support.DatabaseKind;

/** createTables and validateSchema on Postgres. */
class PostgresSchemaTest extends SchemaContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
