package dev.junction.it.crud;

import dev.junction.it.support.PerClassConnections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConstraintViolationException;
import dev.junction.JunctionException;
import dev.junction.QueryFailedException;
import dev.junction.it.model.Author;
import dev.junction.it.model.AuthorQueries;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every write is all or nothing, inside a caller's transaction too: an {@code insertAll} of 2 500 authors whose
 * row 2 100 has no name (the column is NOT NULL), so that the failing statement is the third of three, leaves none
 * of its rows behind, clears the ids it generated, leaves the caller's transaction usable, and fails with a
 * {@link ConstraintViolationException} that names the connection and the model. Each subclass runs it on one
 * database, with a pool of one connection so that a write that borrows a second one fails fast.
 */
abstract class InsertAllAtomicityContract extends PerClassConnections {

    private static final int ROWS = 2_500;
    private static final int FAILING_ROW = 2_100;

    /** The database this suite runs on. */
    abstract DatabaseKind kind();

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(kind())
                .pool("maximumPoolSize", 1)
                .pool("connectionTimeout", 500);
    }

    /** {@code size} new authors; the one at index {@code failing} has a null name, which the table refuses. */
    private static List<Author> authorsFailingAt(int size, int failing) {
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            authors.add(new Author(i == failing ? null : "batch " + i, null, i));
        }
        return authors;
    }

    private static Set<String> storedNames() {
        return AuthorQueries.findAll().all().stream().map(a -> a.name).collect(Collectors.toSet());
    }

    private static void assertIdsCleared(List<Author> authors) {
        List<Author> kept = authors.stream().filter(a -> a.id != null).toList();
        assertTrue(kept.isEmpty(), () -> kept.size() + " models keep an id that was rolled back, the first "
                + kept.get(0));
    }

    @Test
    void aFailedInsertAllInsideATransactionLeavesNoneOfItsRowsAndTheTransactionUsable() {
        List<Author> batch = authorsFailingAt(ROWS, FAILING_ROW);
        AuthorQueries.transaction(() -> {
            AuthorQueries.insert(new Author("A", null, null));
            assertThrows(RuntimeException.class, () -> AuthorQueries.insertAll(batch));
            assertEquals(1, AuthorQueries.count(), "inside the transaction, only A is there");
            AuthorQueries.insert(new Author("B", null, null));
        });

        assertEquals(Set.of("A", "B"), storedNames(), "A and B committed, nothing of the failed batch");
        assertIdsCleared(batch);
    }

    @Test
    void aFailedSingleStatementInsertAllInsideATransactionLeavesItUsable() {
        List<Author> batch = authorsFailingAt(10, 7);
        AuthorQueries.transaction(() -> {
            AuthorQueries.insert(new Author("A", null, null));
            assertThrows(RuntimeException.class, () -> AuthorQueries.insertAll(batch));
            AuthorQueries.insert(new Author("B", null, null));
        });

        assertEquals(Set.of("A", "B"), storedNames());
        assertIdsCleared(batch);
    }

    @Test
    void aFailedInsertInsideANestedTransactionLeavesTheOuterOneUsable() {
        Author nameless = new Author(null, null, null);
        AuthorQueries.transaction(() -> {
            AuthorQueries.insert(new Author("A", null, null));
            assertThrows(ConstraintViolationException.class,
                    () -> AuthorQueries.transaction(() -> AuthorQueries.insert(nameless)));
            AuthorQueries.insert(new Author("B", null, null));
        });

        assertEquals(Set.of("A", "B"), storedNames());
        assertEquals(null, nameless.id);
    }

    /**
     * A single-row insert is one statement and leaves nothing of itself when it fails. MariaDB and H2 keep the
     * caller's transaction usable; PostgreSQL aborts it, as it does after any failed statement, so the next statement
     * fails with SQLState 25P02 and the transaction can only roll back, whole.
     */
    @Test
    void aFailedInsertInsideATransactionLeavesNothingOfItself() {
        Author nameless = new Author(null, null, null);
        IllegalStateException rolledBack = new IllegalStateException("roll back");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> AuthorQueries.transaction(() -> {
            AuthorQueries.insert(new Author("A", null, null));
            assertThrows(ConstraintViolationException.class, () -> AuthorQueries.insert(nameless));
            if (kind() == DatabaseKind.POSTGRESQL) {
                QueryFailedException aborted = assertThrows(QueryFailedException.class,
                        () -> AuthorQueries.insert(new Author("B", null, null)));
                assertEquals(Optional.of("25P02"), aborted.sqlState(), aborted.getMessage());
            } else {
                AuthorQueries.insert(new Author("B", null, null));
                assertEquals(2, AuthorQueries.count());
            }
            throw rolledBack;
        }));

        assertEquals(rolledBack, thrown);
        assertEquals(Set.of(), storedNames());
        assertEquals(null, nameless.id);
    }

    @Test
    void aFailedSingleStatementInsertAllOutsideATransactionLeavesNoneOfItsRows() {
        List<Author> batch = authorsFailingAt(10, 7);

        assertThrows(ConstraintViolationException.class, () -> AuthorQueries.insertAll(batch));

        assertEquals(0, AuthorQueries.count());
        assertIdsCleared(batch);
    }

    @Test
    void aFailedInsertAllOutsideATransactionLeavesNoneOfItsRows() {
        List<Author> batch = authorsFailingAt(ROWS, FAILING_ROW);

        assertThrows(RuntimeException.class, () -> AuthorQueries.insertAll(batch));

        assertEquals(0, AuthorQueries.count(), "the first two statements were rolled back with the third");
        assertIdsCleared(batch);
        AuthorQueries.insertAll(batch.subList(0, FAILING_ROW));
        assertEquals(FAILING_ROW, AuthorQueries.count(), "the connection is usable afterwards");
    }

    @Test
    void aFailedInsertAllIsAJunctionException() {
        assertThrows(JunctionException.class, () -> AuthorQueries.insertAll(authorsFailingAt(ROWS, FAILING_ROW)),
                "outside a transaction");
        AuthorQueries.transaction(() -> {
            assertThrows(JunctionException.class, () -> AuthorQueries.insertAll(authorsFailingAt(ROWS, FAILING_ROW)),
                    "inside a transaction");
        });
    }

    @Test
    void aFailedInsertAllIsAConstraintViolationNamingTheConnectionAndTheModel() {
        assertConstraintViolation(assertThrows(RuntimeException.class,
                () -> AuthorQueries.insertAll(authorsFailingAt(ROWS, FAILING_ROW))));
        RuntimeException inside = AuthorQueries.transaction(() -> assertThrows(RuntimeException.class,
                () -> AuthorQueries.insertAll(authorsFailingAt(ROWS, FAILING_ROW))));
        assertConstraintViolation(inside);
    }

    private static void assertConstraintViolation(RuntimeException thrown) {
        ConstraintViolationException violation = assertInstanceOf(ConstraintViolationException.class, thrown);
        assertEquals(Optional.of("default"), violation.connection());
        assertEquals(Optional.of(Author.class), violation.model());
        assertTrue(violation.sqlState().orElse("").startsWith("23"), () -> "SQLState " + violation.sqlState());
        String message = violation.getMessage();
        assertTrue(message.contains("default") && message.contains("Author"), message);
        assertNotNull(causeOfType(violation, SQLException.class), "the database's SQLException is in the chain");
    }

    private static Throwable causeOfType(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return cause;
            }
        }
        return null;
    }
}
