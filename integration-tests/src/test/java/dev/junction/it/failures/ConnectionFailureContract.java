package dev.junction.it.failures;

import static dev.junction.it.failures.Throwables.assertNames;
import static dev.junction.it.failures.Throwables.assertSqlExceptionInCauseChain;
import static dev.junction.it.failures.Throwables.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.DatabaseUnavailableException;
import dev.junction.JunctionException;
import dev.junction.it.model.Author;
import dev.junction.it.model.AuthorQueries;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.DirectJdbc;
import dev.junction.it.support.FaultProxy;
import dev.junction.it.support.ProxiedConnections;
import dev.junction.it.support.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A connection that breaks at any point (DESIGN, "Errors"): at the start of a transaction, during a statement,
 * while a stream is read, at commit and at rollback. Each case must give {@link DatabaseUnavailableException}
 * naming the connection (never a jOOQ or JDBC exception), write nothing, and leave a pool that serves the next call
 * with a new connection: the broken one is evicted, never given back, and none is leaked.
 *
 * <p>"default" runs through a {@link FaultProxy} that breaks the connection on cue; its pool has one connection,
 * so a broken connection that went back to the pool would fail the very next call, and one that leaked would make
 * it time out. The data is checked on a direct connection, past the proxy. Each test configures Junction afresh,
 * so a failure in one does not spill into the next.
 *
 * <p>A pool hands out a connection it used less than half a second ago without checking it first (HikariCP's
 * {@code aliveBypassWindowMs}), so a test that breaks an idle connection uses it just before: the broken connection
 * then reaches Junction instead of being replaced by the pool.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConnectionFailureContract {

    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);
    /** How long the slow statement would run; the connection breaks long before. */
    static final int SLOW_STATEMENT_SECONDS = 3;
    private static final int MANY_ROWS = 10_000;

    private ProxiedConnections connections;
    private FaultProxy proxy;
    private TestDatabase database;

    /** The database this suite runs on. */
    abstract DatabaseKind kind();

    /**
     * A condition that holds for every row after the database spent {@link #SLOW_STATEMENT_SECONDS} seconds on
     * the row.
     */
    abstract Condition slowCondition();

    /** Prepares the "default" database once, for example with a function {@link #slowCondition} calls. */
    void prepare(TestDatabase database) {}

    @BeforeAll
    void createDatabases() {
        connections = ProxiedConnections.create(kind());
        database = connections.database("default");
        proxy = connections.proxy("default");
        prepare(database);
    }

    @AfterAll
    void dropDatabases() {
        if (connections != null) {
            connections.close();
        }
    }

    @BeforeEach
    void configure() {
        connections.configure(1, CONNECTION_TIMEOUT);
    }

    @AfterEach
    void shutdown() {
        connections.shutdown();
        connections.clearTables();
    }

    private long rowsInDatabase() {
        return DirectJdbc.count(database, "authors");
    }

    /** The pool of "default" serves the next calls, through a new connection, and has none borrowed after them. */
    private void assertPoolServesAgain(long expectedRows) {
        assertEquals(expectedRows, AuthorQueries.count(), "the next call after the failure succeeds");
        Author after = AuthorQueries.insert(new Author("after the failure", null, null));
        assertEquals(expectedRows + 1, AuthorQueries.count());
        assertTrue(AuthorQueries.deleteById(after.id));
        connections.assertNoConnectionInUse();
    }

    private static void insertAuthors(int count) {
        List<Author> authors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            authors.add(new Author("author " + i, "author" + i + "@example.com", 1900 + i % 100));
        }
        AuthorQueries.insertAll(authors);
    }

    /** How many bytes the server sends for every row of authors, measured through the proxy. */
    private long bytesOfAllAuthors() {
        long before = proxy.serverBytes();
        assertEquals(MANY_ROWS, AuthorQueries.findAll().all().size());
        return proxy.serverBytes() - before;
    }

    @Test
    void idleConnectionCutGivesDatabaseUnavailableAtTheNextStatement() {
        AuthorQueries.insert(new Author("Ada", null, 1815));
        proxy.cutAll();
        proxy.down();

        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, AuthorQueries::count);

        assertNames(e, "default", null);
        proxy.up();
        assertPoolServesAgain(1);
    }

    @Test
    void connectionCutBeforeATransactionBeginsGivesDatabaseUnavailableAndWritesNothing() {
        assertEquals(0, AuthorQueries.count(), "the pool's only connection was just used");
        proxy.cutAll();
        proxy.down();

        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                () -> AuthorQueries.transaction(() -> {
                    AuthorQueries.insert(new Author("Ada", null, 1815));
                }));

        // The driver reports the broken connection at begin (MySQL Connector/J, H2) or at the first statement
        // (PostgreSQL, which sends BEGIN with it): either way the caller sees the same exception.
        assertNames(e, "default", null);
        assertEquals(0, rowsInDatabase());
        proxy.up();
        AuthorQueries.transaction(() -> {
            AuthorQueries.insert(new Author("Brian", null, 1900));
        });
        assertEquals(1, rowsInDatabase(), "a transaction after the failure commits");
        assertPoolServesAgain(1);
    }

    @Test
    void connectionCutWhileAStatementRunsGivesDatabaseUnavailable() throws InterruptedException {
        AuthorQueries.insert(new Author("Ada", null, 1815)); // one row, so the slow condition runs once
        Thread cutter = new Thread(() -> {
            try {
                Thread.sleep(300);
                proxy.cutAll();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cut-while-the-statement-runs");
        cutter.setDaemon(true);
        long started = System.nanoTime();
        cutter.start();

        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                () -> AuthorQueries.count(slowCondition()));

        long millis = (System.nanoTime() - started) / 1_000_000;
        cutter.join();
        assertTrue(millis < SLOW_STATEMENT_SECONDS * 1000, "the failure came when the connection broke, after "
                + millis + " ms, not when the statement would have ended");
        assertNames(e, "default", Author.class);
        assertSqlExceptionInCauseChain(e);
        assertPoolServesAgain(1);
    }

    @Test
    void connectionCutMidwayThroughAResultGivesDatabaseUnavailable() {
        insertAuthors(MANY_ROWS);
        long bytes = bytesOfAllAuthors();
        proxy.cutAfterServerBytes(bytes / 2);

        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                () -> AuthorQueries.findAll().all());

        assertNames(e, "default", Author.class);
        assertSqlExceptionInCauseChain(e);
        assertPoolServesAgain(MANY_ROWS);
    }

    @Test
    void connectionCutWhileAStreamIsReadGivesDatabaseUnavailableFromTheStream() {
        insertAuthors(MANY_ROWS);
        long bytes = bytesOfAllAuthors();
        proxy.cutAfterServerBytes(bytes / 2);
        int[] read = {0};

        Stream<Author> stream = AuthorQueries.findAll().stream();
        Iterator<Author> rows = stream.iterator();
        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> {
            while (rows.hasNext()) {
                rows.next();
                read[0]++;
            }
        }, () -> "reading on after " + read[0] + " rows");
        RuntimeException closing = null;
        try {
            stream.close();
        } catch (RuntimeException thrown) {
            closing = thrown;
        }

        assertTrue(read[0] > 0 && read[0] < MANY_ROWS, "the connection broke after " + read[0] + " rows were read");
        assertNames(e, "default", Author.class);
        assertSqlExceptionInCauseChain(e);
        RuntimeException closingFailure = closing;
        assertTrue(closing == null || closing instanceof DatabaseUnavailableException,
                () -> "closing the broken stream throws nothing else: " + printed(closingFailure));
        try (Stream<Author> again = AuthorQueries.findAll().stream()) {
            assertEquals(MANY_ROWS, again.count(), "a new stream reads every row");
        }
        assertPoolServesAgain(MANY_ROWS);
    }

    @Test
    void connectionCutBeforeCommitGivesDatabaseUnavailableAndCommitsNothing() {
        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                () -> AuthorQueries.transaction(() -> {
                    AuthorQueries.insert(new Author("Ada", null, 1815));
                    AuthorQueries.insert(new Author("Brian", null, 1900));
                    proxy.cutAll();
                }));

        assertNames(e, "default", null);
        assertSqlExceptionInCauseChain(e);
        assertEquals(0, rowsInDatabase(), "nothing of the transaction is visible");
        assertPoolServesAgain(0);
    }

    /**
     * The body failed and then the rollback failed too. DESIGN says the body's unchecked exception propagates
     * unchanged, so that is what the caller gets; the broken rollback is attached to it as a suppressed
     * {@link DatabaseUnavailableException} naming the connection, and no suppressed exception is a raw jOOQ or JDBC
     * one.
     */
    @Test
    void connectionCutBeforeRollbackKeepsTheBodysExceptionWithTheRollbackFailureSuppressed() {
        IllegalStateException failure = new IllegalStateException("the body fails after the connection broke");

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> AuthorQueries.transaction(() -> {
                    AuthorQueries.insert(new Author("Ada", null, 1815));
                    proxy.cutAll();
                    throw failure;
                }));

        assertSame(failure, thrown);
        List<Throwable> suppressed = List.of(thrown.getSuppressed());
        assertFalse(suppressed.isEmpty(), "the failed rollback is attached to the body's exception");
        for (Throwable each : suppressed) {
            assertTrue(each instanceof JunctionException, () -> "a Junction exception, not " + printed(each));
        }
        DatabaseUnavailableException rollback = suppressed.stream()
                .filter(DatabaseUnavailableException.class::isInstance).map(DatabaseUnavailableException.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no DatabaseUnavailableException among "
                        + suppressed));
        assertNames(rollback, "default", null);
        assertSqlExceptionInCauseChain(rollback);
        assertEquals(0, rowsInDatabase());
        assertPoolServesAgain(0);
    }
}
