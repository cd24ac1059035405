package dev.junction.it.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConnectionManager;
import dev.junction.JunctionException;
import dev.junction.it.relations.Post;
import dev.junction.it.relations.PostQueries;
import dev.junction.it.relations.User;
import dev.junction.it.relations.UserQueries;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.StatementLog;
import dev.junction.it.support.TestConnections;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Micrometer metrics on the servers (users in PostgreSQL, posts in MariaDB): HikariCP's pool meters per connection,
 * the {@code junction.query} timer per connection, model and operation, and the count of relation-load statements.
 */
class MicrometerMetricsTest {

    private static final Set<String> OPERATIONS = Set.of("find", "count", "exists", "stream", "insert", "update",
            "delete", "load", "filter", "sql");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void shutdown() {
        ConnectionManager.shutdown();
    }

    private static TestConnections open() {
        return TestConnections.on(DatabaseKind.POSTGRESQL)
                .bind("secondary", DatabaseKind.MARIADB)
                .bind("tertiary", DatabaseKind.H2)
                .open();
    }

    private Timer timer(String connection, String model, String operation) {
        return registry.find("junction.query")
                .tags("connection", connection, "model", model, "operation", operation).timer();
    }

    @Test
    void poolsStatementsAndRelationLoadsAreMeasuredPerConnection() {
        ConnectionManager.setMeterRegistry(registry);
        try (TestConnections connections = open(); StatementLog statements = StatementLog.start()) {
            User alice = UserQueries.insert(new User("alice"));
            User bob = UserQueries.insert(new User("bob"));
            PostQueries.insertAll(List.of(new Post(alice.id(), "a1", 1), new Post(alice.id(), "a2", 2),
                    new Post(bob.id(), "b1", 3)));

            List<User> users = UserQueries.withPosts().all();
            long count = PostQueries.count();
            boolean any = PostQueries.where(dev.junction.it.relations.PostTable.LIKES.gt(2)).exists();
            ConnectionManager.dsl("default").selectOne().fetch();

            assertEquals(2, users.size());
            assertEquals(3, count);
            assertTrue(any);
            for (String connection : List.of("default", "secondary")) {
                assertNotNull(registry.find("hikaricp.connections").tag("pool", "junction-" + connection).gauge(),
                        "no HikariCP pool gauge for " + connection);
                assertNotNull(registry.find("hikaricp.connections.acquire").tag("pool", "junction-" + connection)
                        .timer(), "no HikariCP acquire timer for " + connection);
            }
            assertEquals(2, timer("default", "User", "insert").count());
            assertEquals(1, timer("secondary", "Post", "insert").count(), "insertAll is one statement");
            assertEquals(1, timer("default", "User", "find").count());
            assertEquals(1, timer("secondary", "Post", "load").count(), "one eager-load statement for all users");
            assertEquals(1, timer("secondary", "Post", "count").count());
            assertEquals(1, timer("secondary", "Post", "exists").count());
            assertEquals(1, timer("default", "none", "sql").count());
            assertNull(timer("default", "Post", "load"), "posts live on secondary only");
            assertEquals(1.0, registry.find("junction.eager.statements").tag("connection", "secondary").counter()
                    .count());
            assertTrue(timer("secondary", "Post", "load").totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) > 0);

            // One timer count per statement a listener saw, and no tag carries SQL text.
            long timed = registry.find("junction.query").timers().stream().mapToLong(Timer::count).sum();
            assertEquals(statements.events().size(), timed);
            for (Meter meter : registry.find("junction.query").meters()) {
                Set<String> keys = meter.getId().getTags().stream().map(Tag::getKey).collect(Collectors.toSet());
                assertEquals(Set.of("connection", "model", "operation"), keys);
                assertTrue(OPERATIONS.contains(meter.getId().getTag("operation")), meter.getId().toString());
            }
        }
    }

    @Test
    void theRegistryGoesBeforeConfigureAndIsForgottenAtShutdown() {
        try (TestConnections connections = open()) {
            JunctionException e = assertThrows(JunctionException.class,
                    () -> ConnectionManager.setMeterRegistry(registry));
            assertTrue(e.getMessage().startsWith("Set the meter registry before ConnectionManager.configure"),
                    e.getMessage());
            UserQueries.insert(new User("alice"));
            assertNull(registry.find("junction.query").timer(), "measured without a registry");
        }
        ConnectionManager.setMeterRegistry(registry);
        ConnectionManager.shutdown();
        try (TestConnections connections = open()) {
            UserQueries.insert(new User("bob"));
            assertNull(registry.find("junction.query").timer(), "the registry outlived shutdown()");
            assertNull(registry.find("hikaricp.connections").gauge(), "the registry outlived shutdown()");
        }
    }
}
