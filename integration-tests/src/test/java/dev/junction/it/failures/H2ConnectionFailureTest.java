package dev.junction.it.failures;

import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestDatabase;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** Broken connections on H2, reached over TCP through the test JVM's H2 server. */
class H2ConnectionFailureTest extends ConnectionFailureContract {

    @Override
    DatabaseKind kind() {
        return DatabaseKind.H2;
    }

    @Override
    void prepare(TestDatabase database) {
        // H2 has no sleep function; Thread.sleep returns nothing, which H2 reads as NULL.
        database.execute("create alias junction_sleep for 'java.lang.Thread.sleep'");
    }

    @Override
    Condition slowCondition() {
        return DSL.condition("junction_sleep(" + SLOW_STATEMENT_SECONDS * 1000 + ") is null");
    }
}
