package dev.junction.spring;

import dev.junction.CrossDatabaseWritePolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code junction.*} properties of a Spring Boot application.
 *
 * <pre>{@code
 * junction.connections.default.driver=postgresql
 * junction.connections.default.host=db.example.com
 * junction.connections.default.database=primary_db
 * junction.connections.default.username=app
 * junction.connections.default.password=secret
 * junction.connections.secondary.data-source-bean=analyticsDataSource
 * junction.connections.secondary.pool.maximumPoolSize=5
 * junction.cross-database-write-policy=fail
 * }</pre>
 *
 * <p>The keys of a connection are those of {@code ConnectionManager.configure}, passed to it unchanged (so their case
 * matters: {@code pool.maximumPoolSize}), plus {@value #DATA_SOURCE_BEAN}, which names a {@code DataSource} bean
 * that the connection uses. Without any connection, the application's only (or primary) {@code DataSource} bean
 * becomes connection {@value #DEFAULT_CONNECTION}.
 */
@ConfigurationProperties(JunctionProperties.PREFIX)
public class JunctionProperties {

    /** The prefix of Junction's properties. */
    public static final String PREFIX = "junction";

    /** The key of a connection that names the {@code DataSource} bean it uses, instead of {@code url} or {@code host}. */
    public static final String DATA_SOURCE_BEAN = "data-source-bean";

    /** The connection that the application's {@code DataSource} becomes when no connection is configured. */
    public static final String DEFAULT_CONNECTION = "default";

    /** Whether Junction is configured from these properties at start-up. */
    private boolean enabled = true;

    /** The settings per connection name. */
    private final Map<String, Map<String, String>> connections = new LinkedHashMap<>();

    /** What happens to a write outside the thread's transaction; Junction's default (WARN) when not set. */
    private CrossDatabaseWritePolicy crossDatabaseWritePolicy;

    /** Whether a read whose read replica is unavailable is retried on the primary. */
    private boolean readReplicaFallback;

    /** Creates the properties with their defaults. */
    public JunctionProperties() {}

    /** Whether Junction is configured at start-up; {@code junction.enabled=false} turns the starter off. */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets whether Junction is configured at start-up.
     *
     * @param enabled false to turn the starter off
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The settings per connection name, in the order they were given; bound in place. */
    public Map<String, Map<String, String>> getConnections() {
        return connections;
    }

    /** The cross-database write policy to set at start-up, or null to keep Junction's default. */
    public CrossDatabaseWritePolicy getCrossDatabaseWritePolicy() {
        return crossDatabaseWritePolicy;
    }

    /**
     * Sets the cross-database write policy to set at start-up.
     *
     * @param crossDatabaseWritePolicy the policy, or null for Junction's default
     */
    public void setCrossDatabaseWritePolicy(CrossDatabaseWritePolicy crossDatabaseWritePolicy) {
        this.crossDatabaseWritePolicy = crossDatabaseWritePolicy;
    }

    /** Whether reads fall back to the primary when a read replica is unavailable. */
    public boolean isReadReplicaFallback() {
        return readReplicaFallback;
    }

    /**
     * Sets whether reads fall back to the primary when a read replica is unavailable.
     *
     * @param readReplicaFallback true to fall back
     */
    public void setReadReplicaFallback(boolean readReplicaFallback) {
        this.readReplicaFallback = readReplicaFallback;
    }
}
