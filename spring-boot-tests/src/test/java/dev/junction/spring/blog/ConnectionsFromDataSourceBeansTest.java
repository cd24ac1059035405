package dev.junction.spring.blog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.junction.ConnectionManager;
import dev.junction.UnknownConnectionException;
import dev.junction.it.support.DirectJdbc;
import dev.junction.it.support.StatementLog;
import dev.junction.it.support.TestDatabase;
import dev.junction.spring.JunctionLifecycle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The blog with its connections on the application's own {@code DataSource} beans, named by
 * {@code junction.connections.<name>.data-source-bean}: Junction uses those pools, runs its transactions on them and
 * leaves them open when it shuts down.
 */
@SpringBootTest(classes = {BlogApplication.class, ConnectionsFromDataSourceBeansTest.DataSources.class}, properties = {
    "junction.connections.default.data-source-bean=usersDataSource",
    "junction.connections.secondary.data-source-bean=postsDataSource"
})
@ContextConfiguration(initializers = BlogDatabases.AsBeanOnly.class)
@DirtiesContext
class ConnectionsFromDataSourceBeansTest {

    @Autowired
    private BlogService blog;

    @Autowired
    private BlogDatabases databases;

    @Autowired
    @Qualifier("usersDataSource")
    private HikariDataSource usersDataSource;

    @Autowired
    @Qualifier("postsDataSource")
    private HikariDataSource postsDataSource;

    @Autowired
    private JunctionLifecycle junction;

    @Autowired
    private HealthContributorRegistry health;

    @BeforeEach
    void emptyTables() {
        databases.clear();
    }

    @Test
    void readsAndWritesThroughTheDataSourceBeans() {
        User alice = blog.register("alice");
        blog.publish(alice, List.of("Pooled by the application"));

        List<User> users;
        try (StatementLog log = StatementLog.start()) {
            users = blog.usersWithPosts();
            assertThat(log.perConnection()).isEqualTo(Map.of("default", 1, "secondary", 1));
        }

        assertThat(users).singleElement().satisfies(user -> assertThat(user.getPosts())
                .extracting(Post::getTitle).containsExactly("Pooled by the application"));
        // The beans' pools start on first use, and nothing but Junction uses them.
        assertThat(usersDataSource.getHikariPoolMXBean()).isNotNull();
        assertThat(postsDataSource.getHikariPoolMXBean()).isNotNull();
    }

    @Test
    void runsTransactionsOnTheDataSourceBeans() {
        User alice = blog.register("alice");

        assertThatThrownBy(() -> blog.publish(alice, List.of("One", ""))).isInstanceOf(IllegalArgumentException.class);
        blog.publish(alice, List.of("Two"));

        assertThat(DirectJdbc.strings(databases.database("secondary"), "select title from posts"))
                .containsExactly("Two");
    }

    @Test
    void reportsEachConnectionUp() {
        CompositeHealthContributor junctionHealth = (CompositeHealthContributor) health.getContributor("junction");

        for (String connection : List.of("default", "secondary")) {
            assertThat(((HealthIndicator) junctionHealth.getContributor(connection)).health().getStatus())
                    .isEqualTo(Status.UP);
        }
    }

    @Test
    void leavesTheDataSourcesOpenWhenItShutsDown() {
        junction.stop();
        try {
            assertThatThrownBy(() -> ConnectionManager.dsl("default")).isInstanceOf(UnknownConnectionException.class);
            assertThat(usersDataSource.isClosed()).isFalse();
            assertThat(postsDataSource.isClosed()).isFalse();
        } finally {
            junction.start();
        }
        assertThat(blog.register("alice").getId()).isNotNull();
    }

    /** The application's pools, one per database. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DataSources {

        @Bean
        HikariDataSource usersDataSource(BlogDatabases databases) {
            return pool(databases, "default");
        }

        @Bean
        HikariDataSource postsDataSource(BlogDatabases databases) {
            return pool(databases, "secondary");
        }

        private static HikariDataSource pool(BlogDatabases databases, String connection) {
            TestDatabase database = databases.database(connection);
            HikariDataSource pool = new HikariDataSource();
            pool.setPoolName("blog-" + connection);
            pool.setJdbcUrl(databases.jdbcUrl(connection));
            pool.setUsername(database.server().username());
            pool.setPassword(database.server().password());
            pool.setMaximumPoolSize(2);
            return pool;
        }
    }
}
