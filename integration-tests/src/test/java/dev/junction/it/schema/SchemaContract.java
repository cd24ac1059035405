package dev.junction.it.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConnectionManager;
import dev.junction.SchemaMismatchException;
import dev.junction.UnknownConnectionException;
import dev.junction.it.model.Author;
import dev.junction.it.relations.Post;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.StatementLog;
import dev.junction.it.support.TestConnections;
import dev.junction.it.support.TestDatabase;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code createTables} and {@code validateSchema} on one database kind: the tables made from the models hold them
 * (validation finds nothing, the contract suites pass on them elsewhere), and each kind of mismatch is found and
 * named with its connection, model, table, field and column. Each test starts from fresh databases whose tables
 * {@code createTables()} made, then breaks one thing outside Junction.
 */
abstract class SchemaContract {

    private TestConnections connections;

    /** The database this suite runs on. */
    abstract DatabaseKind kind();

    @BeforeEach
    void createDatabases() {
        connections = TestConnections.on(kind()).tablesFromModels().open();
    }

    @AfterEach
    void dropDatabases() {
        connections.close();
    }

    private TestDatabase database(String connection) {
        return connections.database(connection);
    }

    private static SchemaMismatchException mismatch() {
        return assertThrows(SchemaMismatchException.class, ConnectionManager::validateSchema);
    }

    /** The only mismatch, after checking that the exception names its connection and model. */
    private static String onlyMismatch(String connection, Class<?> model) {
        SchemaMismatchException e = mismatch();
        assertEquals(1, e.mismatches().size(), () -> "one mismatch: " + e.mismatches());
        assertEquals(connection, e.connection().orElseThrow());
        assertEquals(model, e.model().orElseThrow());
        assertTrue(e.getMessage().contains(e.mismatches().get(0)), e.getMessage());
        return e.mismatches().get(0);
    }

    @Test
    void tablesCreatedFromTheModelsMatchThem() {
        ConnectionManager.validateSchema();
        assertTrue(connections.createdTables("default").contains("authors"), () -> connections.createdTables("default").toString());
        assertTrue(connections.createdTables("secondary").contains("rel_posts"));
        assertFalse(connections.createdTables("default").contains("rel_posts"), "posts live on secondary only");
    }

    @Test
    void createTablesCreatesOnlyWhatIsMissingAndIndexesForeignKeys() {
        database("default").execute("drop table authors");
        try (StatementLog log = StatementLog.start()) {
            assertEquals(List.of("default.authors"), ConnectionManager.createTables("default"));
            assertEquals(Map.of("default", 1), log.perConnection(), "one create table, no index: authors has no foreign key");
            log.clear();
            assertEquals(List.of(), ConnectionManager.createTables());
            assertEquals(0, log.count(), "nothing is missing, so no statement");
        }
        database("secondary").execute("drop table rel_posts");
        try (StatementLog log = StatementLog.start()) {
            assertEquals(List.of("secondary.rel_posts"), ConnectionManager.createTables());
            List<String> sql = log.sql("secondary");
            assertEquals(2, sql.size(), sql::toString);
            assertTrue(sql.get(0).startsWith("create table"), sql::toString);
            assertEquals("create index " + quote("ix_rel_posts_user_id") + " on " + quote("rel_posts") + " ("
                    + quote("user_id") + ")", sql.get(1), "the foreign key of User.posts and Post.user is indexed");
        }
        ConnectionManager.validateSchema();
    }

    private String quote(String name) {
        return kind() == DatabaseKind.MARIADB ? "`" + name + "`" : "\"" + name + "\"";
    }

    @Test
    void aMissingTable() {
        database("default").execute("drop table authors");
        assertEquals("connection 'default', model dev.junction.it.model.Author, table authors: the table is missing (expected table authors"
                + " with columns [id, name, email, born]; found no such table)", onlyMismatch("default", Author.class));
    }

    @Test
    void aMissingColumnWithTheNameItProbablyHas() {
        database("default").execute("alter table authors rename column email to e_mail");
        String line = onlyMismatch("default", Author.class);
        assertTrue(line.startsWith("connection 'default', model dev.junction.it.model.Author, table authors, field email, column email:"
                + " the column is missing (expected a column that holds String"), line);
        assertTrue(line.endsWith("found no such column; did you mean 'e_mail'?)"), line);
    }

    @Test
    void aColumnWhoseTypeCannotHoldTheField() {
        database("secondary").execute(switch (kind()) {
            case POSTGRESQL -> "alter table rel_posts alter column user_id type integer";
            case MARIADB -> "alter table rel_posts modify user_id integer";
            case H2 -> "alter table rel_posts alter column user_id set data type integer";
        });
        String line = onlyMismatch("secondary", Post.class);
        assertTrue(line.startsWith("connection 'secondary', model dev.junction.it.relations.Post, table rel_posts, field userId, column user_id:"
                + " the column's type cannot hold the field's (expected a column that holds Long, such as bigint;"
                + " found "), line);
        assertTrue(line.contains("int"), line);
    }

    @Test
    void aPrimitiveFieldOnANullableColumn() {
        database("secondary").execute(switch (kind()) {
            case POSTGRESQL -> "alter table rel_posts alter column likes drop not null";
            case MARIADB -> "alter table rel_posts modify likes integer null";
            case H2 -> "alter table rel_posts alter column likes set null";
        });
        String line = onlyMismatch("secondary", Post.class);
        assertTrue(line.startsWith("connection 'secondary', model dev.junction.it.relations.Post, table rel_posts, field likes, column likes: the"
                + " field is a primitive int, which cannot hold the NULLs the column allows (expected NOT NULL (or the"
                + " field as Integer); found nullable "), line);
    }

    @Test
    void anIdThatIsNotGenerated() {
        database("default").execute("drop table authors", "create table authors (id bigint primary key,"
                + " name varchar(200), email varchar(200), born integer)");
        String line = onlyMismatch("default", Author.class);
        assertTrue(line.startsWith("connection 'default', model dev.junction.it.model.Author, table authors, field id, column id: the id is"
                + " not generated, but an insert with a null id lets the database generate it (expected an identity or auto-increment column, or a default"), line);
    }

    @Test
    void aModelIsValidatedOnItsReadReplicaToo() {
        // Note writes to secondary and reads from tertiary; createTables made its table on both.
        database("tertiary").execute("alter table replica_notes rename column text to body");
        String line = onlyMismatch("tertiary", dev.junction.it.replica.Note.class);
        assertTrue(line.startsWith("connection 'tertiary', model dev.junction.it.replica.Note, table replica_notes,"
                + " field text, column text: the column is missing"), line);
        assertTrue(line.endsWith("did you mean 'body'?)") || line.endsWith("found no such column)"), line);
    }

    @Test
    void everyMismatchOnEveryConnectionIsListedInOneException() {
        database("default").execute("alter table authors rename column email to e_mail");
        database("secondary").execute("drop table rel_posts");
        SchemaMismatchException e = mismatch();
        assertEquals(2, e.mismatches().size(), () -> e.mismatches().toString());
        assertTrue(e.mismatches().stream().anyMatch(m -> m.startsWith("connection 'default', model dev.junction.it.model.Author")));
        assertTrue(e.mismatches().stream().anyMatch(m -> m.startsWith("connection 'secondary', model dev.junction.it.relations.Post")));
        assertTrue(e.connection().isEmpty(), "two connections");
        assertTrue(e.model().isEmpty(), "two models");
        assertTrue(e.getMessage().startsWith("The tables do not match the models: 2 mismatches on connections"
                + " [default, secondary]:"), e.getMessage());
    }

    @Test
    void validateInsideConfigureIsAllOrNothing() {
        Map<String, Map<String, Object>> settings = new LinkedHashMap<>();
        for (String name : TestConnections.NAMES) {
            Map<String, Object> connection = new HashMap<>(database(name).settings());
            connection.put("validate", "true");
            settings.put(name, connection);
        }
        ConnectionManager.shutdown();
        ConnectionManager.configure(settings);
        ConnectionManager.shutdown();

        database("default").execute("drop table authors");
        SchemaMismatchException e = assertThrows(SchemaMismatchException.class,
                () -> ConnectionManager.configure(settings));
        assertEquals(List.of("connection 'default', model dev.junction.it.model.Author, table authors: the table is missing (expected table"
                + " authors with columns [id, name, email, born]; found no such table)"), e.mismatches());
        assertThrows(UnknownConnectionException.class, () -> ConnectionManager.dsl("default"),
                "nothing stays configured");
    }
}
