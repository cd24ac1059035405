package dev.junction.spring.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ConnectionManager;
import dev.junction.QueryEvent;
import dev.junction.QueryListener;
import dev.junction.it.support.DirectJdbc;
import dev.junction.it.support.StatementLog;
import dev.junction.spring.JunctionTransactionManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The blog with its connections from {@code junction.connections.*} properties: {@code default} on PostgreSQL,
 * {@code secondary} on MariaDB. Reads across the two databases, {@code @Transactional} on each connection, the
 * transaction manager beans, health, metrics and query listener beans.
 */
@SpringBootTest(classes = {BlogApplication.class, ConnectionsFromPropertiesTest.Instrumentation.class})
@ContextConfiguration(initializers = BlogDatabases.AsProperties.class)
@DirtiesContext
class ConnectionsFromPropertiesTest {

    @Autowired
    private BlogService blog;

    @Autowired
    private BlogDatabases databases;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private HealthContributorRegistry health;

    @Autowired
    private Instrumentation.SeenStatements seenByTheListenerBean;

    @BeforeEach
    void emptyTables() {
        databases.clear();
    }

    @Test
    void readsUsersWithTheirPostsInOneStatementPerDatabase() {
        User alice = blog.register("alice");
        User bob = blog.register("bob");
        blog.register("carol");
        blog.publish(alice, List.of("Users here", "Posts there"));
        blog.publish(bob, List.of("Hello"));

        List<User> users;
        try (StatementLog log = StatementLog.start()) {
            users = blog.usersWithPosts();
            assertThat(log.perConnection()).isEqualTo(Map.of("default", 1, "secondary", 1));
        }

        assertThat(users).extracting(User::getUsername).containsExactly("alice", "bob", "carol");
        assertThat(users.get(0).getPosts()).extracting(Post::getTitle).containsExactly("Users here", "Posts there");
        assertThat(users.get(0).getPosts()).allSatisfy(post -> assertThat(post.getUser()).isSameAs(users.get(0)));
        assertThat(users.get(1).getPosts()).extracting(Post::getTitle).containsExactly("Hello");
        assertThat(users.get(2).getPosts()).isEmpty();
    }

    @Test
    void commitsATransactionOnSecondary() {
        User alice = blog.register("alice");

        List<QueryEvent> inTransaction = new CopyOnWriteArrayList<>();
        QueryListener.Registration registration = ConnectionManager.addQueryListener(event -> {
            if (ConnectionManager.isTransactionOpen(event.connection())) {
                inTransaction.add(event);
            }
        });
        try (StatementLog log = StatementLog.start()) {
            blog.publish(alice, List.of("One", "Two"));
            assertThat(log.perConnection()).isEqualTo(Map.of("secondary", 2));
        } finally {
            registration.close();
        }
        // Both inserts ran inside the Junction transaction that @Transactional("secondary") began.
        assertThat(inTransaction).extracting(QueryEvent::connection).containsExactly("secondary", "secondary");

        assertThat(DirectJdbc.strings(databases.database("secondary"), "select title from posts order by id"))
                .containsExactly("One", "Two");
    }

    @Test
    void rollsBackATransactionOnSecondary() {
        User alice = blog.register("alice");

        try (StatementLog log = StatementLog.start()) {
            assertThatThrownBy(() -> blog.publish(alice, List.of("One", "Two", " ")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("none of");
            // Two inserts were sent, and rolled back with the transaction.
            assertThat(log.perConnection()).isEqualTo(Map.of("secondary", 2));
        }

        assertThat(DirectJdbc.count(databases.database("secondary"), "posts")).isZero();
    }

    @Test
    void commitsAndRollsBackATransactionOnDefault() {
        blog.registerAll(List.of("alice", "bob"));
        assertThatThrownBy(() -> blog.registerAll(List.of("carol", "")))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(DirectJdbc.strings(databases.database("default"), "select username from users order by id"))
                .containsExactly("alice", "bob");
    }

    @Test
    void hasOneTransactionManagerPerConnectionByNameAndQualifier() {
        assertThat(context.getBean("junctionTransactionManager.default", JunctionTransactionManager.class)
                .getConnection()).isEqualTo("default");
        assertThat(context.getBean("junctionTransactionManager.secondary", JunctionTransactionManager.class)
                .getConnection()).isEqualTo("secondary");
    }

    @Test
    void reportsEachConnectionUp() {
        CompositeHealthContributor junction = (CompositeHealthContributor) health.getContributor("junction");

        assertThat(junction.stream().map(HealthContributors.Entry::name)).containsExactly("default", "secondary");
        for (String connection : List.of("default", "secondary")) {
            Health connectionHealth = ((HealthIndicator) junction.getContributor(connection)).health();
            assertThat(connectionHealth.getStatus()).isEqualTo(Status.UP);
            assertThat(connectionHealth.getDetails()).containsEntry("connection", connection);
        }
    }

    @Test
    void recordsPoolAndQueryMetricsPerConnection() {
        long userInserts = timed("default", "User", "insert");
        long postInserts = timed("secondary", "Post", "insert");
        long postLoads = timed("secondary", "Post", "load");
        double eagerStatements = eagerStatements("secondary");

        User alice = blog.register("alice");
        blog.publish(alice, List.of("Metered", "Twice"));
        blog.usersWithPosts();

        assertThat(meters.find("hikaricp.connections.max").gauges())
                .extracting(gauge -> gauge.getId().getTag("pool"))
                .containsExactlyInAnyOrder("junction-default", "junction-secondary");
        assertThat(meters.find("hikaricp.connections.max").gauges()).extracting(Gauge::value).allMatch(max -> max > 0);
        assertThat(timed("default", "User", "insert")).isEqualTo(userInserts + 1);
        assertThat(timed("secondary", "Post", "insert")).isEqualTo(postInserts + 2);
        assertThat(timed("secondary", "Post", "load")).isEqualTo(postLoads + 1);
        assertThat(eagerStatements("secondary")).isEqualTo(eagerStatements + 1);
    }

    @Test
    void registersQueryListenerBeans() {
        seenByTheListenerBean.events.clear();

        blog.register("alice");

        assertThat(seenByTheListenerBean.events).extracting(QueryEvent::connection).containsExactly("default");
    }

    /** How many statements the timer {@code junction.query} counted with these tags so far. */
    private long timed(String connection, String model, String operation) {
        Timer timer = meters.find("junction.query")
                .tags("connection", connection, "model", model, "operation", operation).timer();
        return timer == null ? 0 : timer.count();
    }

    /** The counter {@code junction.eager.statements} of a connection so far. */
    private double eagerStatements(String connection) {
        Counter counter = meters.find("junction.eager.statements").tag("connection", connection).counter();
        return counter == null ? 0 : counter.count();
    }

    /** A meter registry and a query listener bean. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Instrumentation {

        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        SeenStatements seenStatements() {
            return new SeenStatements();
        }

        /** A query listener bean, which keeps what it saw. */
        static final class SeenStatements implements QueryListener {

            final List<QueryEvent> events = new CopyOnWriteArrayList<>();

            @Override
            public void onQuery(QueryEvent event) {
                events.add(event);
            }
        }
    }
}
