package dev.junction.spring.blog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.junction.it.support.FaultProxy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The health contributor {@code junction} when a database goes away: {@code secondary} reaches MariaDB through a
 * proxy that the test breaks, as a login whose password must not show in the report.
 */
@SpringBootTest(classes = BlogApplication.class)
@ContextConfiguration(initializers = BlogDatabases.WithSecondaryBehindProxy.class)
@DirtiesContext
class ConnectionHealthTest {

    @Autowired
    private BlogDatabases databases;

    @Autowired
    private HealthContributorRegistry health;

    @Test
    void reportsABrokenConnectionDownByNameWithoutItsPassword() throws InterruptedException {
        assertThat(health("default").getStatus()).isEqualTo(Status.UP);
        assertThat(health("secondary").getStatus()).isEqualTo(Status.UP);

        FaultProxy proxy = databases.secondaryProxy();
        proxy.down();
        proxy.cutAll();
        Health down = health("secondary");

        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsEntry("connection", "secondary").containsKey("error");
        assertThat(down.toString()).doesNotContain(databases.secondaryPassword());
        assertThat(health("default").getStatus()).isEqualTo(Status.UP);

        proxy.up();
        assertThat(healthOnceSettled("secondary").getStatus()).isEqualTo(Status.UP);
    }

    private Health health(String connection) {
        CompositeHealthContributor junction = (CompositeHealthContributor) health.getContributor("junction");
        return ((HealthIndicator) junction.getContributor(connection)).health();
    }

    /** The health once the pool had time to replace its broken connections: up to five seconds. */
    private Health healthOnceSettled(String connection) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        Health current = health(connection);
        while (current.getStatus() != Status.UP && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            current = health(connection);
        }
        return current;
    }
}
