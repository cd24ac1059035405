package dev.junction.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConnectionManager;
import dev.junction.JunctionException;
import dev.junction.SchemaMismatchException;
import dev.junction.UnknownConnectionException;
import dev.junction.it.model.Author;
import dev.junction.it.model.AuthorQueries;
import dev.junction.it.relations.Post;
import dev.junction.it.relations.PostQueries;
import dev.junction.it.relations.User;
import dev.junction.it.relations.UserQueries;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Key {@code migrations} on the two servers: {@code default} on PostgreSQL and {@code secondary} on MariaDB migrate
 * independently from their own Flyway locations inside {@code configure}, then {@code validate=true} checks them.
 * {@code tertiary} (H2) has neither key.
 */
class FlywayMigrationsTest {

    private static final String DEFAULT_MIGRATIONS = "classpath:db/migration/it-default";
    private static final String SECONDARY_MIGRATIONS = "classpath:db/migration/it-secondary";

    private final Map<String, TestDatabase> databases = new LinkedHashMap<>();

    @BeforeEach
    void createDatabases() {
        databases.put("default", TestDatabase.create(DatabaseKind.POSTGRESQL));
        databases.put("secondary", TestDatabase.create(DatabaseKind.MARIADB));
        databases.put("tertiary", TestDatabase.create(DatabaseKind.H2));
    }

    @AfterEach
    void dropDatabases() {
        ConnectionManager.shutdown();
        databases.values().forEach(TestDatabase::close);
    }

    private Map<String, Map<String, Object>> settings(String secondaryMigrations) {
        Map<String, Map<String, Object>> settings = new LinkedHashMap<>();
        databases.forEach((name, database) -> settings.put(name, new LinkedHashMap<>(database.settings())));
        settings.get("default").put("migrations", DEFAULT_MIGRATIONS);
        settings.get("default").put("validate", "true");
        settings.get("secondary").put("migrations", secondaryMigrations);
        settings.get("secondary").put("validate", true);
        return settings;
    }

    private List<String> appliedVersions(String connection) {
        try (Connection open = databases.get(connection).connect(); Statement statement = open.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select version from flyway_schema_history where success order by installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void eachConnectionMigratesFromItsOwnLocationsThenIsValidated() {
        ConnectionManager.configure(settings(SECONDARY_MIGRATIONS));
        assertEquals(List.of("1", "2"), appliedVersions("default"));
        assertEquals(List.of("1"), appliedVersions("secondary"));

        ConnectionManager.createTables("tertiary");
        ConnectionManager.validateSchema();
        User alice = UserQueries.insert(new User("alice"));
        PostQueries.insert(new Post(alice.id(), "Migrated", 3));
        assertEquals(1, UserQueries.withPosts().all().get(0).posts().size());
        AuthorQueries.insert(new Author("Ann", "ann@example.com", 1970));

        ConnectionManager.shutdown();
        ConnectionManager.configure(settings(SECONDARY_MIGRATIONS));
        assertEquals(List.of("1", "2"), appliedVersions("default"), "nothing is applied twice");
        assertEquals(List.of("1"), appliedVersions("secondary"));
        assertEquals(1, AuthorQueries.count());
    }

    @Test
    void aFailingMigrationFailsConfigureNamingTheConnectionAndLeavesNothingConfigured() {
        JunctionException e = assertThrows(JunctionException.class,
                () -> ConnectionManager.configure(settings("classpath:db/migration/it-broken")));
        assertTrue(e.getMessage().startsWith("Connection 'secondary': the Flyway migrations from"
                + " [classpath:db/migration/it-broken] failed: "), e.getMessage());
        assertEquals("secondary", e.connection().orElseThrow());
        assertThrows(UnknownConnectionException.class, () -> ConnectionManager.dsl("default"));
    }

    @Test
    void migrationsThatDoNotMatchTheModelsFailValidationInsideConfigure() {
        SchemaMismatchException e = assertThrows(SchemaMismatchException.class,
                () -> ConnectionManager.configure(settings("classpath:db/migration/it-secondary-old")));
        assertInstanceOf(SchemaMismatchException.class, e);
        assertTrue(e.mismatches().contains("connection 'secondary', model dev.junction.it.relations.Post, table rel_posts, field likes, column"
                + " likes: the column is missing (expected a column that holds int, such as integer; found no such"
                + " column)"), () -> e.mismatches().toString());
        assertEquals(List.of("1"), appliedVersions("secondary"), "the migration ran before validation");
        assertThrows(UnknownConnectionException.class, () -> ConnectionManager.dsl("secondary"));
    }
}
