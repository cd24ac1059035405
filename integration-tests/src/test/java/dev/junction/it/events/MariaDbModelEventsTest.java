package dev.junction.it.events;

import dev.junction.it.support.DatabaseKind;

/** After-commit model events on MariaDB. */
class MariaDbModelEventsTest extends ModelEventsContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.MARIADB;
    }
}
