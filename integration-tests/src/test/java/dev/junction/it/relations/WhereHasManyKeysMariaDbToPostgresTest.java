package dev.junction.it.relations;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;

/** whereHas with 70 000 keys with users in MariaDB, posts in PostgreSQL and comments in another MariaDB database. */
class WhereHasManyKeysMariaDbToPostgresTest extends WhereHasManyKeysContract {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.MARIADB)
                .bind("secondary", DatabaseKind.POSTGRESQL);
    }
}
