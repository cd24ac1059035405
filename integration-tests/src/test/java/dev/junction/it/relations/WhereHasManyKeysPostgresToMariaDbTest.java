package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** whereHas with 70 000 keys with users in PostgreSQL, posts in MariaDB and comments in H2. */
class WhereHasManyKeysPostgresToMariaDbTest extends WhereHasManyKeysContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.POSTGRESQL)
                .bind("secondary", DatabaseKind.MARIADB)
                .bind("tertiary", DatabaseKind.H2);
    }
}
