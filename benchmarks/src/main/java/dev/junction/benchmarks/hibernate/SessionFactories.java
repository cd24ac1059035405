package dev.junction.benchmarks.hibernate;

import dev.junction.benchmarks.BenchTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Builds one Hibernate {@link SessionFactory} per database, set up as a Hibernate user tunes one for these
 * workloads (the README explains each choice).
 */
public final class SessionFactories {

    /** JDBC batch size for inserts, and the most collections or entities one batch fetch loads. */
    public static final int BATCH_SIZE = 1_000;

    static {
        // Hibernate logs through JBoss Logging, which would choose java.util.logging and print its start-up lines
        // into JMH's report; through SLF4J they meet the benchmarks' configuration, which keeps warnings only.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }

    private SessionFactories() {}

    /**
     * A session factory over an existing pool.
     *
     * @param pool the HikariCP pool of the hand-written alternatives (same URL, HikariCP's defaults), which
     *     Hibernate uses as its connection provider and does not close
     * @param entities the entity classes of that database
     */
    public static SessionFactory open(DataSource pool, BenchTarget target, Class<?>... entities) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.connection.datasource", pool);
        if (target.mysql()) {
            mariaDb(pool, settings);
        }
        // The benchmark creates the tables itself: no schema generation or validation.
        settings.put("hibernate.hbm2ddl.auto", "none");
        settings.put("hibernate.cache.use_second_level_cache", "false");
        settings.put("hibernate.cache.use_query_cache", "false");
        settings.put("hibernate.show_sql", "false");
        settings.put("hibernate.generate_statistics", "false");
        // Inserts go in JDBC batches, grouped by table.
        settings.put("hibernate.jdbc.batch_size", String.valueOf(BATCH_SIZE));
        settings.put("hibernate.order_inserts", "true");
        settings.put("hibernate.order_updates", "true");
        // Lazy collections of many parents load together: one statement per thousand parents.
        settings.put("hibernate.default_batch_fetch_size", String.valueOf(BATCH_SIZE));
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : entities) {
                sources.addAnnotatedClass(entity);
            }
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    /**
     * MySQL Connector/J reports MariaDB as version 5.5.5 (the prefix MariaDB sends for old MySQL clients), which
     * Hibernate's MariaDB dialect rejects as unsupported; so the dialect and the real version, read with
     * {@code select version()}, are given to Hibernate, which then reads no JDBC metadata at start.
     */
    private static void mariaDb(DataSource pool, Map<String, Object> settings) {
        String version;
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select version()")) {
            row.next();
            version = row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the MariaDB version: " + e.getMessage(), e);
        }
        Matcher parts = Pattern.compile("(\\d+)\\.(\\d+)").matcher(version);
        if (!version.contains("MariaDB") || !parts.find()) {
            throw new IllegalStateException("The Hibernate alternative needs MariaDB for its sequences, but the"
                    + " server says version '" + version + "'");
        }
        settings.put("hibernate.dialect", "org.hibernate.dialect.MariaDBDialect");
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("jakarta.persistence.database-product-name", "MariaDB");
        settings.put("jakarta.persistence.database-major-version", parts.group(1));
        settings.put("jakarta.persistence.database-minor-version", parts.group(2));
    }
}
