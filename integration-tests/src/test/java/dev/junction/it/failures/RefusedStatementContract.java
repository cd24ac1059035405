package dev.junction.it.failures;

import dev.junction.it.support.PerClassConnections;
import static dev.junction.it.failures.Throwables.assertNames;
import static dev.junction.it.failures.Throwables.assertSqlExceptionInCauseChain;
import static dev.junction.it.failures.Throwables.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConstraintViolationException;
import dev.junction.QueryFailedException;
import dev.junction.it.model.Author;
import dev.junction.it.model.AuthorQueries;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.DirectJdbc;
import dev.junction.it.support.TestConnections;
import dev.junction.it.support.TestDatabase;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Statements the database refuses (DESIGN, "Errors" and the exceptions): a NOT NULL or unique violation is a
 * {@link ConstraintViolationException} (SQLState class 23), a value too long for its column a
 * {@link QueryFailedException} that is not one (class 22). Each, through {@code insert}, {@code insertAll} and
 * {@code update}, names the connection and the model in its accessors and its message, has its SQLState and its
 * statement without bind values, keeps the {@link java.sql.SQLException} in its cause chain, and leaves the table
 * as it was.
 *
 * <p>The suite adds a unique index on {@code authors.email} to its own databases. MariaDB runs in strict mode (its
 * default, and MySQL Connector/J asks for it), so it refuses a value that is too long instead of cutting it.
 */
abstract class RefusedStatementContract extends PerClassConnections {

    private static final String TAKEN = "taken@example.com";
    private static final String TOO_LONG = "too long " + "x".repeat(200); // the column is varchar(200)

    private TestDatabase database;

    /** The database this suite runs on. */
    abstract DatabaseKind kind();

    /** The three writes each refusal goes through. */
    enum Write {
        /** {@code insert} of the refused author. */
        INSERT,
        /** {@code insertAll} of a good author and then the refused one, in one call. */
        INSERT_ALL,
        /** {@code update} of a stored author to the refused values. */
        UPDATE
    }

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(kind())
                .pool("maximumPoolSize", 1)
                .pool("connectionTimeout", 2000);
    }

    @BeforeAll
    void addUniqueEmails() {
        database = connections.database("default");
        database.execute("create unique index authors_email_unique on authors (email)");
    }

    /** Every row of authors, read directly, as text. */
    private List<String> rows() {
        return DirectJdbc.strings(database,
                "select concat(id, '|', name, '|', email, '|', born) from authors order by id");
    }

    /**
     * A prepared write that the database refuses.
     *
     * @param run runs it
     * @param inserted the authors it inserts, which must end up without an id
     */
    private record Attempt(Executable run, List<Author> inserted) {}

    /** Prepares the write of {@code refused} (an update needs a stored author first). */
    private static Attempt prepare(Write write, Author refused) {
        return switch (write) {
            case INSERT -> new Attempt(() -> AuthorQueries.insert(refused), List.of(refused));
            case INSERT_ALL -> {
                Author good = new Author("Good", "good@example.com", 1950);
                yield new Attempt(() -> AuthorQueries.insertAll(List.of(good, refused)), List.of(good, refused));
            }
            case UPDATE -> {
                refused.id = AuthorQueries.insert(new Author("Stored", "stored@example.com", 1960)).id;
                yield new Attempt(() -> AuthorQueries.update(refused), List.of());
            }
        };
    }

    /**
     * Runs the refused write and checks what every refusal has in common.
     *
     * @param boundValue a value the write binds, which must not appear in {@link QueryFailedException#sql()}
     */
    private <E extends QueryFailedException> E assertRefused(
            Class<E> type, String sqlStateClass, Write write, Author refused, String boundValue) {
        Attempt attempt = prepare(write, refused);
        List<String> before = rows();

        Throwable thrown;
        try {
            attempt.run().execute();
            throw new AssertionError("The database accepted " + refused + " through " + write);
        } catch (Throwable e) {
            thrown = e;
        }

        assertTrue(type.isInstance(thrown), () -> "expected a " + type.getName() + ", got " + printed(thrown));
        E e = type.cast(thrown);
        assertNames(e, "default", Author.class);
        String state = e.sqlState().orElseThrow(() -> new AssertionError("no sqlState() on " + printed(e)));
        assertTrue(state.startsWith(sqlStateClass), () -> "SQLState " + state + " is of class " + sqlStateClass);
        assertTrue(e.sql() != null && e.sql().toLowerCase(Locale.ROOT).contains("authors"),
                () -> "sql() is the refused statement: " + e.sql());
        assertFalse(e.sql().contains(boundValue), () -> "sql() holds a bound value: " + e.sql());
        assertSqlExceptionInCauseChain(e);
        assertEquals(before, rows(), "nothing of the refused write was written");
        attempt.inserted().forEach(author -> assertNull(author.id, () -> author + " keeps an id of a row not written"));
        return e;
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void notNullViolationIsAConstraintViolation(Write write) {
        Author nameless = new Author(null, "nameless@example.com", 1815);

        assertRefused(ConstraintViolationException.class, "23", write, nameless, "nameless@example.com");
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void uniqueViolationIsAConstraintViolation(Write write) {
        AuthorQueries.insert(new Author("Owner", TAKEN, 1900));
        Author copycat = new Author("Copycat", TAKEN, 1901);

        assertRefused(ConstraintViolationException.class, "23", write, copycat, TAKEN);
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void valueTooLongIsARefusedStatementButNoConstraintViolation(Write write) {
        Author verbose = new Author(TOO_LONG, "verbose@example.com", 1902);

        QueryFailedException e = assertRefused(QueryFailedException.class, "22", write, verbose, TOO_LONG);

        assertFalse(e instanceof ConstraintViolationException, () -> "not a constraint violation: " + printed(e));
    }
}
