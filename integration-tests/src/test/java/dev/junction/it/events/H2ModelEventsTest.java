package dev.junction.it.events;

import dev.junction.it.support.DatabaseKind;

/** After-commit model events on H2. */
class H2ModelEventsTest extends ModelEventsContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }
}
