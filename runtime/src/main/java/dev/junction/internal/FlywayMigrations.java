package dev.junction.internal;

import dev.junction.ConfigurationException;
import dev.junction.JunctionException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a connection's Flyway migrations (key {@code migrations}) inside {@code configure}. Flyway is an optional
 * dependency: this class loads without it, and only {@link Runner} refers to Flyway's classes.
 */
final class FlywayMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(FlywayMigrations.class);

    static final String FLYWAY_CLASS = "org.flywaydb.core.Flyway";
    static final String FLYWAY_CORE = "org.flywaydb:flyway-core";

    private FlywayMigrations() {}

    /** Whether Flyway is on the class path. */
    static boolean isPresent() {
        try {
            Class.forName(FLYWAY_CLASS, false, FlywayMigrations.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Migrates the database from its locations, with Flyway's defaults (its history table
     * {@code flyway_schema_history} in the connection's schema).
     *
     * @throws ConfigurationException when Flyway, or its module for the database, is missing
     * @throws JunctionException naming the connection when a migration fails
     */
    static void migrate(Database database, List<String> locations) {
        if (!isPresent()) {
            throw new ConfigurationException("Connection '" + database.name() + "': key 'migrations' needs Flyway,"
                    + " which is not on the class path: add " + FLYWAY_CORE + moduleAdvice(database, " and "),
                    null, database.name(), null, null);
        }
        try {
            int applied = Runner.migrate(database, locations);
            LOG.info("Junction connection '{}': {} Flyway migration(s) applied from {}", database.name(), applied,
                    locations);
        } catch (RuntimeException e) {
            if (e instanceof JunctionException junction) {
                throw junction;
            }
            String message = String.valueOf(e.getMessage());
            boolean unsupported = message.contains("Unsupported Database") || message.contains("No database found");
            throw new JunctionException("Connection '" + database.name() + "': the Flyway migrations from "
                    + locations + " failed: " + message
                    + (unsupported ? "; add " + moduleAdvice(database, "").trim() : ""),
                    e, database.name(), null, null);
        }
    }

    private static String moduleAdvice(Database database, String prefix) {
        String module = database.dialect.flywayModule();
        return module == null ? "" : prefix + module + " (Flyway's support for " + database.dialect.key() + ")";
    }

    /** The calls into Flyway. */
    private static final class Runner {

        private Runner() {}

        static int migrate(Database database, List<String> locations) {
            org.flywaydb.core.api.output.MigrateResult result = org.flywaydb.core.Flyway
                    .configure(ModelRegistry.loader())
                    .dataSource(database.dataSource())
                    .locations(locations.toArray(String[]::new))
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        }
    }
}
