package dev.junction.it.events;

import dev.junction.it.support.DatabaseKind;

/** After-commit model events on Postgres. */
class PostgresModelEventsTest extends ModelEventsContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }
}
