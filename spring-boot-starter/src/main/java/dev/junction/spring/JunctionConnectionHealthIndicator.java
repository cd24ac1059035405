package dev.junction.spring;

import dev.junction.ConnectionManager;
import java.util.Set;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health of one Junction connection: up when a {@code select 1} through {@code ConnectionManager.dsl(name)}
 * succeeds, down with the connection's name and the error otherwise. The error never shows a password given for the
 * connection. Getting a connection waits at most the pool's {@code connectionTimeout}; the query itself at most
 * {@value #QUERY_TIMEOUT_SECONDS} s.
 */
final class JunctionConnectionHealthIndicator implements HealthIndicator {

    /** The longest the check's query may run. */
    static final int QUERY_TIMEOUT_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(JunctionConnectionHealthIndicator.class);
    private static final String MASK = "******";

    private final String connection;
    private final Set<String> secrets;

    /**
     * @param connection the connection's name
     * @param secrets the passwords given for it, to keep out of the reported error
     */
    JunctionConnectionHealthIndicator(String connection, Set<String> secrets) {
        this.connection = connection;
        this.secrets = Set.copyOf(secrets);
    }

    @Override
    public Health health() {
        try {
            DSLContext dsl = ConnectionManager.dsl(connection);
            dsl.selectOne().queryTimeout(QUERY_TIMEOUT_SECONDS).fetch();
            return Health.up().withDetail("connection", connection).withDetail("dialect", dsl.dialect().name()).build();
        } catch (RuntimeException e) {
            String error = mask(e.getClass().getName() + ": " + e.getMessage());
            LOG.warn("Junction connection '{}' is down: {}", connection, error);
            return Health.down().withDetail("connection", connection).withDetail("error", error).build();
        }
    }

    private String mask(String text) {
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }
}
