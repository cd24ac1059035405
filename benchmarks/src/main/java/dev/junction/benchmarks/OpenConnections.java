package dev.junction.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.junction.ConnectionManager;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The two ways into a set of filled databases: Junction, configured on them, and for the hand-written alternatives
 * one HikariCP pool and one jOOQ context per connection name.
 *
 * <p>The pools have the same URLs as Junction's and HikariCP's defaults, like Junction's. The jOOQ contexts have
 * jOOQ's defaults: its execute logging is on but logs at DEBUG, which the benchmarks' SLF4J configuration drops
 * (Junction turns it off instead). Hibernate is given these pools too.
 */
public final class OpenConnections implements AutoCloseable {

    private final Map<String, BenchTarget> targets;
    private final Map<String, HikariDataSource> pools = new LinkedHashMap<>();
    private final Map<String, DSLContext> jooq = new LinkedHashMap<>();

    private OpenConnections(Map<String, BenchTarget> targets) {
        this.targets = Map.copyOf(targets);
    }

    /**
     * Configures Junction on the targets, and each connection name of {@link BenchConnections#ALL} that they leave
     * out on an empty in-memory H2 database (Junction needs every connection its models use), then opens the pools.
     */
    static OpenConnections open(Map<String, BenchTarget> targets) {
        OpenConnections opened = new OpenConnections(targets);
        try {
            opened.configureJunction();
            targets.forEach(opened::openPool);
            return opened;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private void configureJunction() {
        Map<String, Map<String, Object>> connections = new LinkedHashMap<>();
        for (String name : BenchConnections.ALL) {
            BenchTarget target = targets.getOrDefault(name, BenchTarget.h2("unused_" + name));
            connections.put(name, Map.of("url", target.url(), "username", target.username(), "password", "",
                    "driver", target.junctionDriver()));
        }
        ConnectionManager.configure(connections);
    }

    private void openPool(String name, BenchTarget target) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.url());
        config.setUsername(target.username());
        config.setPassword("");
        config.setPoolName("handwritten-" + name);
        HikariDataSource pool = new HikariDataSource(config);
        pools.put(name, pool);
        jooq.put(name, DSL.using(pool, target.dialect()));
    }

    /** Where a connection name points. */
    public BenchTarget target(String connection) {
        return targets.get(connection);
    }

    /** The hand-written alternatives' pool of a connection name. */
    public DataSource dataSource(String connection) {
        return pools.get(connection);
    }

    /** The hand-written alternatives' jOOQ context of a connection name. */
    public DSLContext jooq(String connection) {
        return jooq.get(connection);
    }

    /** Shuts Junction down and closes the pools. */
    @Override
    public void close() {
        ConnectionManager.shutdown();
        pools.values().forEach(HikariDataSource::close);
    }
}
