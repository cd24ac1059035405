package dev.junction.it.crud;

import dev.junction.it.support.PerClassConnections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConnectionManager;
import dev.junction.JunctionException;
import dev.junction.RecordNotFoundException;
import dev.junction.it.model.Author;
import dev.junction.it.model.AuthorQueries;
import dev.junction.it.model.AuthorTable;
import dev.junction.it.model.Everything;
import dev.junction.it.model.EverythingQueries;
import dev.junction.it.model.EverythingSamples;
import dev.junction.it.model.EverythingTable;
import dev.junction.it.model.Mood;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.StatementLog;
import dev.junction.it.support.TestConnections;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour of the generated finders, writes and transactions that must hold on every database. Each
 * subclass runs it on one database. Every connection has a pool of one, so a statement that borrows a second
 * connection where it should reuse one (inside a transaction, or while a stream is open) fails fast instead of
 * passing unnoticed.
 */
abstract class CrudContract extends PerClassConnections {

    /** How long a statement waits for the single pooled connection before it fails. */
    private static final int CONNECTION_TIMEOUT_MILLIS = 500;

    private StatementLog statements;

    /** The database this suite runs on. */
    abstract DatabaseKind kind();

    /** Whether the tables come from {@code ConnectionManager.createTables()} rather than hand-written DDL. */
    boolean tablesFromModels() {
        return false;
    }

    @Override
    protected TestConnections.Builder databases() {
        TestConnections.Builder builder = TestConnections.on(kind())
                .pool("maximumPoolSize", 1)
                .pool("connectionTimeout", CONNECTION_TIMEOUT_MILLIS);
        if (!tablesFromModels()) {
            return builder;
        }
        // A model has no way to say that a String column is NOT NULL; the hand-written schema's authors.name is, and
        // the atomicity tests make a row fail with it.
        return builder.tablesFromModels().afterCreating("default", switch (kind()) {
            case POSTGRESQL -> "alter table authors alter column name set not null";
            case MARIADB -> "alter table authors modify name text not null";
            case H2 -> "alter table authors alter column name set not null";
        });
    }

    @BeforeEach
    void startRecording() {
        statements = StatementLog.start();
    }

    @AfterEach
    void stopRecording() {
        statements.close();
    }

    private List<Author> insertAuthors(String... names) {
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            authors.add(new Author(names[i], names[i].toLowerCase() + "@example.com", 1900 + i));
        }
        AuthorQueries.insertAll(authors);
        statements.clear();
        return authors;
    }

    private static List<String> names(List<Author> authors) {
        return authors.stream().map(a -> a.name).toList();
    }

    private static Set<String> nameSet(List<Author> authors) {
        return authors.stream().map(a -> a.name).collect(Collectors.toSet());
    }

    private void assertStatements(int expected) {
        assertEquals(expected, statements.count(), () -> "statements sent: " + statements.sql());
        assertEquals(expected, statements.count("default"), "all of them on connection 'default'");
    }

    // ----------------------------------------------------------------------------------------------- finders

    @Test
    void findAllReturnsEveryRowInOneStatement() {
        insertAuthors("Ada", "Brian", "Clara");

        assertEquals(Set.of("Ada", "Brian", "Clara"), nameSet(AuthorQueries.findAll().all()));
        assertStatements(1);
    }

    @Test
    void whereKeepsRowsMatchingEveryCondition() {
        insertAuthors("Ada", "Brian", "Clara", "Dan");

        List<Author> found = AuthorQueries.where(AuthorTable.BORN.ge(1901), AuthorTable.NAME.ne("Clara"))
                .orderBy(AuthorTable.NAME.asc())
                .all();

        assertEquals(List.of("Brian", "Dan"), names(found));
        assertStatements(1);
    }

    @Test
    void findByIdFindsTheRowWithEveryColumn() {
        Author ada = insertAuthors("Ada").get(0);

        Author found = AuthorQueries.findById(ada.id).orElseThrow();

        assertEquals(List.of(ada.id, "Ada", "ada@example.com", 1900),
                Arrays.asList(found.id, found.name, found.email, found.born));
        assertTrue(AuthorQueries.findById(ada.id + 1000).isEmpty());
        assertStatements(2);
    }

    @Test
    void findByIdOfNullFindsNothingWithoutAQuery() {
        insertAuthors("Ada");

        assertTrue(AuthorQueries.findById(null).isEmpty());
        assertStatements(0);
    }

    @Test
    void findByIdsSkipsMissingNullAndRepeatedIds() {
        List<Author> authors = insertAuthors("Ada", "Brian", "Clara");
        List<Long> ids = Arrays.asList(authors.get(0).id, null, authors.get(2).id, authors.get(0).id, -5L);

        assertEquals(Set.of("Ada", "Clara"), nameSet(AuthorQueries.findByIds(ids)));
        assertEquals(List.of("Ada", "Clara"), names(AuthorQueries.findByIds(ids)).stream().sorted().toList(),
                "each row once");
        assertStatements(2);
    }

    @Test
    void findByIdsOfNoIdsRunsNoQuery() {
        insertAuthors("Ada");

        assertEquals(List.of(), AuthorQueries.findByIds(List.of()));
        assertEquals(List.of(), AuthorQueries.findByIds(Arrays.asList((Long) null)));
        assertStatements(0);
    }

    @Test
    void findByIdsSendsLongKeyListsWithinBindLimits() {
        List<Author> authors = insertAuthors("Ada", "Brian", "Clara");
        int keys = 2_500;
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, keys - 3).map(i -> -i).boxed().toList());
        authors.forEach(a -> ids.add(a.id));

        List<Author> found = AuthorQueries.findByIds(ids);

        assertEquals(Set.of("Ada", "Brian", "Clara"), nameSet(found));
        // PostgreSQL takes the whole list as one array parameter; the others get IN lists of at most 1000 keys.
        int expected = kind() == DatabaseKind.POSTGRESQL ? 1 : (keys + 999) / 1000;
        assertStatements(expected);
        statements.sql().forEach(sql -> assertTrue(countOf('?', sql) <= 1024, "at most 1024 bind values"));
    }

    @Test
    void findByIdsKeepsItsSqlTextForListsOfSimilarSize() {
        List<Author> authors = insertAuthors("Ada", "Brian", "Clara", "Dan");
        List<Long> ids = authors.stream().map(a -> a.id).toList();

        assertEquals(3, AuthorQueries.findByIds(ids.subList(0, 3)).size());
        assertEquals(4, AuthorQueries.findByIds(ids).size());

        List<String> sql = statements.sql();
        assertEquals(2, sql.size());
        assertEquals(sql.get(0), sql.get(1), "3 and 4 keys share one statement text");
    }

    @Test
    void findByReturnsTheFirstMatchById() {
        List<Author> authors = insertAuthors("Ada", "Brian", "Clara");

        assertEquals(authors.get(1).id,
                AuthorQueries.findBy(AuthorTable.BORN.ge(1901)).orElseThrow().id);
        assertTrue(AuthorQueries.findBy(AuthorTable.BORN.gt(2000)).isEmpty());
        assertStatements(2);
    }

    @Test
    void findByColumnFindsTheFirstAndFindAllByColumnEveryMatch() {
        AuthorQueries.insertAll(List.of(new Author("Ada", "a@x", 1815), new Author("Ada", "b@x", 1816),
                new Author("Brian", "c@x", 1815)));
        statements.clear();

        assertEquals("a@x", AuthorQueries.findByName("Ada").orElseThrow().email);
        assertEquals(Set.of("a@x", "b@x"),
                AuthorQueries.findAllByName("Ada").stream().map(a -> a.email).collect(Collectors.toSet()));
        assertEquals(Set.of("Ada", "Brian"), nameSet(AuthorQueries.findAllByBorn(1815)));
        assertTrue(AuthorQueries.findByName("Nobody").isEmpty());
        assertEquals(List.of(), AuthorQueries.findAllByEmail("nobody@x"));
        assertStatements(5);
    }

    @Test
    void findByColumnWithNullMatchesNullColumns() {
        AuthorQueries.insertAll(List.of(new Author("Ada", null, null), new Author("Brian", "b@x", 1900),
                new Author("Clara", null, 1901)));
        statements.clear();

        assertEquals(Set.of("Ada", "Clara"), nameSet(AuthorQueries.findAllByEmail(null)));
        assertEquals("Ada", AuthorQueries.findByBorn(null).orElseThrow().name);
        assertEquals(Set.of("Ada"), nameSet(AuthorQueries.findAllByBorn(null)));
        assertStatements(3);
        statements.sql().forEach(sql -> assertTrue(sql.toLowerCase().contains("is null"), sql));
    }

    @Test
    void countCountsAllRowsOrTheMatchingOnes() {
        insertAuthors("Ada", "Brian", "Clara");

        assertEquals(3, AuthorQueries.count());
        assertEquals(2, AuthorQueries.count(AuthorTable.BORN.ge(1901)));
        assertEquals(1, AuthorQueries.count(AuthorTable.BORN.ge(1901), AuthorTable.NAME.eq("Clara")));
        assertEquals(0, AuthorQueries.count(AuthorTable.NAME.eq("Nobody")));
        assertStatements(4);
    }

    @Test
    void queryOrdersLimitsAndOffsets() {
        insertAuthors("Ada", "Brian", "Clara", "Dan", "Eve");

        assertEquals(List.of("Eve", "Dan", "Clara"),
                names(AuthorQueries.findAll().orderBy(AuthorTable.NAME.desc()).limit(3).all()));
        assertEquals(List.of("Clara", "Dan"),
                names(AuthorQueries.findAll().orderBy(AuthorTable.NAME.asc()).offset(2).limit(2).all()));
        assertEquals(List.of("Dan", "Eve"),
                names(AuthorQueries.findAll().orderBy(AuthorTable.NAME.asc()).offset(3).all()));
        assertEquals(List.of("Brian"), names(AuthorQueries.findAll()
                .where(AuthorTable.BORN.ge(1901)).where(AuthorTable.BORN.le(1902))
                .orderBy(AuthorTable.BORN.asc(), AuthorTable.NAME.asc()).limit(1).all()));
        assertEquals(List.of(), AuthorQueries.findAll().limit(0).all());
        assertStatements(5);
    }

    @Test
    void queryFirstCountAndExistsHonourConditionsLimitAndOffset() {
        List<Author> authors = insertAuthors("Ada", "Brian", "Clara", "Dan", "Eve");

        assertEquals(authors.get(0).id, AuthorQueries.findAll().first().orElseThrow().id, "first by id");
        assertEquals("Eve", AuthorQueries.findAll().orderBy(AuthorTable.NAME.desc()).first().orElseThrow().name);
        assertEquals("Clara", AuthorQueries.findAll().orderBy(AuthorTable.NAME.asc()).offset(2).first()
                .orElseThrow().name);
        assertTrue(AuthorQueries.where(AuthorTable.NAME.eq("Nobody")).first().isEmpty());
        assertEquals(5, AuthorQueries.findAll().count());
        assertEquals(3, AuthorQueries.where(AuthorTable.BORN.ge(1902)).count());
        assertEquals(2, AuthorQueries.findAll().limit(2).count());
        assertEquals(1, AuthorQueries.findAll().offset(4).count());
        assertTrue(AuthorQueries.where(AuthorTable.NAME.eq("Dan")).exists());
        assertFalse(AuthorQueries.where(AuthorTable.NAME.eq("Nobody")).exists());
        assertStatements(10);
        assertTrue(AuthorQueries.findAll().limit(0).first().isEmpty());
    }

    @Test
    void streamReadsTheMatchingRowsInOrder() {
        insertAuthors("Ada", "Brian", "Clara", "Dan");

        try (Stream<Author> authors = AuthorQueries.where(AuthorTable.BORN.ge(1901)).orderBy(AuthorTable.NAME.desc())
                .stream()) {
            assertEquals(List.of("Dan", "Clara", "Brian"), authors.map(a -> a.name).toList());
        }
        assertStatements(1);
    }

    @Test
    void streamHoldsItsConnectionUntilClosed() {
        insertAuthors("Ada", "Brian", "Clara");

        Stream<Author> authors = AuthorQueries.findAll().orderBy(AuthorTable.NAME.asc()).stream();
        try {
            Iterator<Author> rows = authors.iterator();
            assertEquals("Ada", rows.next().name);
            // The pool has one connection, and the open stream holds it.
            RuntimeException timeout = assertThrows(RuntimeException.class, AuthorQueries::count);
            assertInstanceOf(SQLTransientConnectionException.class, rootCause(timeout), "the pool timed out");
        } finally {
            authors.close();
        }
        assertEquals(3, AuthorQueries.count(), "the closed stream gave its connection back");

        try (Stream<Author> all = AuthorQueries.findAll().stream()) {
            assertEquals(3, all.count());
        }
        try (Stream<Author> none = AuthorQueries.where(AuthorTable.NAME.eq("Nobody")).stream()) {
            assertEquals(0, none.count());
        }
        assertEquals(3, AuthorQueries.count(), "so did the drained and the empty stream");
    }

    // ----------------------------------------------------------------------------------------------- writes

    @Test
    void insertReadsTheGeneratedIdBackInTheSameStatement() {
        Author ada = new Author("Ada", "ada@example.com", 1815);

        assertSame(ada, AuthorQueries.insert(ada));

        assertNotNull(ada.id);
        assertStatements(1);
        assertEquals("Ada", AuthorQueries.findById(ada.id).orElseThrow().name);
        Author brian = AuthorQueries.insert(new Author("Brian", null, null));
        assertTrue(brian.id > ada.id, "ids increase");
    }

    @Test
    void insertAllOfAThousandRowsFillsEveryIdInOneStatement() {
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            authors.add(new Author("author " + i, i % 2 == 0 ? null : "a" + i + "@x", i));
        }

        AuthorQueries.insertAll(authors);

        int sent = statements.count();
        System.err.println("[junction-it] " + kind() + ": insertAll of 1000 rows sent " + sent + " statement(s)");
        assertStatements(1);
        Set<Long> ids = new HashSet<>();
        authors.forEach(a -> assertTrue(ids.add(a.id), () -> "distinct, non-null id for " + a));
        assertFalse(ids.contains(null));
        Map<Long, Author> stored = AuthorQueries.findByIds(ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        for (Author author : authors) {
            Author row = stored.get(author.id);
            assertEquals(List.of(author.name, String.valueOf(author.email), author.born),
                    List.of(row.name, String.valueOf(row.email), row.born), "each id belongs to its own row");
        }
    }

    @Test
    void insertAllThatFailsInItsSecondStatementLeavesNothingWritten() {
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            authors.add(new Author(i == 1_200 ? null : "author " + i, null, i)); // name is NOT NULL
        }

        assertThrows(RuntimeException.class, () -> AuthorQueries.insertAll(authors));

        assertEquals(0, AuthorQueries.count(), "the first 1000 rows were rolled back with the rest");
        assertTrue(authors.stream().allMatch(a -> a.id == null), "no model keeps an id that was rolled back");
        AuthorQueries.insertAll(authors.subList(0, 1_100));
        assertEquals(1_100, AuthorQueries.count(), "the connection is usable afterwards");
    }

    @Test
    void insertAllOfNothingRunsNoStatement() {
        AuthorQueries.insertAll(List.of());

        assertStatements(0);
    }

    @Test
    void updateWritesEveryColumnOfTheRow() {
        List<Author> authors = insertAuthors("Ada", "Brian");
        Author ada = authors.get(0);
        ada.name = "Ada Lovelace";
        ada.email = null;
        ada.born = 1815;

        assertSame(ada, AuthorQueries.update(ada));

        assertStatements(1);
        Author stored = AuthorQueries.findById(ada.id).orElseThrow();
        assertEquals(Arrays.asList("Ada Lovelace", null, 1815), Arrays.asList(stored.name, stored.email, stored.born));
        assertEquals("Brian", AuthorQueries.findById(authors.get(1).id).orElseThrow().name, "other rows unchanged");
    }

    @Test
    void updateOfAMissingRowThrowsRecordNotFound() {
        Author ghost = new Author("Ghost", null, null);
        ghost.id = 987_654L;

        RecordNotFoundException e = assertThrows(RecordNotFoundException.class, () -> AuthorQueries.update(ghost));

        assertEquals("Cannot update dev.junction.it.model.Author with id 987654 on connection 'default': no such row in table authors",
                e.getMessage());
        assertEquals(0, AuthorQueries.count());
    }

    @Test
    void updateOfAModelWithoutIdFailsWithoutAQuery() {
        JunctionException e = assertThrows(JunctionException.class,
                () -> AuthorQueries.update(new Author("New", null, null)));

        assertEquals("Cannot update dev.junction.it.model.Author on connection 'default': its id is null, so it was never inserted;"
                + " use insert or save", e.getMessage());
        assertStatements(0);
    }

    @Test
    void saveInsertsANewModelAndUpdatesAStoredOne() {
        Author ada = new Author("Ada", null, null);

        AuthorQueries.save(ada);
        assertNotNull(ada.id);
        ada.born = 1815;
        AuthorQueries.save(ada);

        assertEquals(1, AuthorQueries.count());
        assertEquals(1815, AuthorQueries.findById(ada.id).orElseThrow().born);
    }

    @Test
    void deleteAndDeleteByIdReportWhetherARowWent() {
        List<Author> authors = insertAuthors("Ada", "Brian", "Clara");

        assertTrue(AuthorQueries.delete(authors.get(0)));
        assertFalse(AuthorQueries.delete(authors.get(0)));
        assertTrue(AuthorQueries.deleteById(authors.get(1).id));
        assertFalse(AuthorQueries.deleteById(authors.get(1).id));
        assertStatements(4);
        assertEquals(List.of("Clara"), names(AuthorQueries.findAll().all()));
    }

    // ----------------------------------------------------------------------------------- values are bound

    @ParameterizedTest
    @ValueSource(strings = {
        "x' OR '1'='1",
        "'; drop table authors; --",
        "\\'; drop table authors; -- ",
        "\" OR \"\"=\"",
        "Robert'); DELETE FROM authors WHERE ('1'='1",
        "%_*"
    })
    void hostileStringsAreBoundNeverSpliced(String hostile) {
        insertAuthors("Ada", "Brian");

        assertTrue(AuthorQueries.findByName(hostile).isEmpty());
        assertEquals(List.of(), AuthorQueries.findAllByName(hostile));
        assertEquals(0, AuthorQueries.count(AuthorTable.NAME.eq(hostile)));
        assertFalse(AuthorQueries.where(AuthorTable.EMAIL.eq(hostile)).exists());

        Author stored = AuthorQueries.insert(new Author(hostile, hostile, null));
        assertEquals(hostile, AuthorQueries.findById(stored.id).orElseThrow().name, "round-trips unchanged");
        assertEquals(List.of(stored.id), AuthorQueries.findAllByName(hostile).stream().map(a -> a.id).toList());
        assertEquals(3, AuthorQueries.count(), "the table and its rows are intact");

        List<String> sql = statements.sql();
        assertEquals(8, sql.size());
        sql.forEach(text -> assertFalse(text.contains(hostile), () -> "value spliced into " + text));
    }

    // ----------------------------------------------------------------------------------------- transactions

    @Test
    void transactionCommitsItsWritesOnOneConnection() {
        AuthorQueries.transaction(() -> {
            AuthorQueries.insert(new Author("Ada", null, null));
            AuthorQueries.insert(new Author("Brian", null, null));
            // With a pool of one, this read only works on the transaction's own connection.
            assertEquals(2, AuthorQueries.count());
        });

        assertEquals(2, AuthorQueries.count());
        assertStatements(4);
    }

    @Test
    void everyReadInsideATransactionUsesItsConnectionAndSeesItsWrites() {
        long value = AuthorQueries.transaction(() -> {
            Author ada = AuthorQueries.insert(new Author("Ada", null, 1815));
            AuthorQueries.insertAll(List.of(new Author("Brian", null, 1900), new Author("Clara", null, 1901)));
            assertEquals("Ada", AuthorQueries.findById(ada.id).orElseThrow().name);
            assertEquals(1, AuthorQueries.findByIds(List.of(ada.id)).size());
            assertEquals(3, AuthorQueries.findAll().all().size());
            assertTrue(AuthorQueries.findByName("Brian").isPresent());
            assertTrue(AuthorQueries.where(AuthorTable.BORN.eq(1901)).exists());
            try (Stream<Author> stream = AuthorQueries.findAll().stream()) {
                assertEquals(3, stream.count());
            }
            assertEquals(3, ConnectionManager.dsl("default").fetchCount(AuthorTable.MODEL.table()));
            EverythingQueries.insert(EverythingSamples.empty("in the same transaction"));
            AuthorQueries.deleteById(ada.id);
            return AuthorQueries.count();
        });

        assertEquals(2, value);
        assertEquals(2, AuthorQueries.count());
        assertEquals(1, EverythingQueries.count());
    }

    @Test
    void uncheckedExceptionRollsBackAndPropagatesUnchanged() {
        IllegalStateException failure = new IllegalStateException("boom");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> AuthorQueries.transaction(() -> {
            AuthorQueries.insert(new Author("Ada", null, null));
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals(0, AuthorQueries.count());
    }

    @Test
    void checkedExceptionRollsBackAndIsWrappedWithItsCause() {
        IOException failure = new IOException("disk full");

        JunctionException thrown = assertThrows(JunctionException.class, () -> AuthorQueries.transaction(() -> {
            AuthorQueries.insert(new Author("Ada", null, null));
            throw failure;
        }));

        assertSame(failure, thrown.getCause());
        assertEquals("Transaction on connection 'default' rolled back: java.io.IOException: disk full",
                thrown.getMessage());
        assertEquals(0, AuthorQueries.count());
    }

    @Test
    void nestedTransactionIsASavepointThatRollsBackAlone() {
        AuthorQueries.transaction(() -> {
            AuthorQueries.insert(new Author("outer before", null, null));
            RuntimeException inner = assertThrows(RuntimeException.class, () -> AuthorQueries.transaction(() -> {
                AuthorQueries.insert(new Author("inner", null, null));
                throw new IllegalArgumentException("inner fails");
            }));
            assertEquals("inner fails", inner.getMessage());
            AuthorQueries.transaction(() -> AuthorQueries.insert(new Author("inner kept", null, null)));
            AuthorQueries.insert(new Author("outer after", null, null));
        });

        assertEquals(Set.of("outer before", "inner kept", "outer after"), nameSet(AuthorQueries.findAll().all()));
    }

    @Test
    void failingOuterTransactionRollsBackItsCommittedInnerOne() {
        assertThrows(UnsupportedOperationException.class, () -> AuthorQueries.transaction(() -> {
            AuthorQueries.transaction(() -> AuthorQueries.insert(new Author("inner", null, null)));
            throw new UnsupportedOperationException("outer fails");
        }));

        assertEquals(0, AuthorQueries.count());
    }

    @Test
    void transactionReturnsTheBodysValueAfterCommit() {
        Author ada = AuthorQueries.transaction(() -> AuthorQueries.insert(new Author("Ada", null, null)));
        Long count = ConnectionManager.transaction("default", () -> AuthorQueries.count());

        assertEquals(1L, count);
        assertEquals("Ada", AuthorQueries.findById(ada.id).orElseThrow().name);
    }

    @Test
    void connectionManagerTransactionRollsBackLikeTheModelsOwn() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertSame(failure, assertThrows(IllegalStateException.class, () -> ConnectionManager.transaction("default",
                () -> {
                    AuthorQueries.insert(new Author("Ada", null, null));
                    throw failure;
                })));

        assertEquals(0, AuthorQueries.count());
    }

    // ----------------------------------------------------------------------------------------- column types

    @Test
    void everyColumnTypeRoundTripsExactly() {
        Everything original = EverythingSamples.full();

        EverythingQueries.insert(original);
        Everything stored = EverythingQueries.findById(EverythingSamples.id(original)).orElseThrow();

        EverythingSamples.assertSameColumns(original, stored);
        assertNull(EverythingSamples.scratch(stored), "a @Transient field is not stored");
        try (Stream<Everything> streamed = EverythingQueries.findAll().stream()) {
            EverythingSamples.assertSameColumns(original, streamed.findFirst().orElseThrow());
        }
    }

    @Test
    void everyColumnTypeRoundTripsThroughUpdate() {
        Long id = EverythingSamples.id(EverythingQueries.insert(EverythingSamples.empty("before")));
        Everything full = EverythingSamples.withId(EverythingSamples.full(), id);
        Everything cleared = EverythingSamples.withId(EverythingSamples.empty(null), id);

        EverythingQueries.update(full);
        EverythingSamples.assertSameColumns(full, EverythingQueries.findById(id).orElseThrow());
        EverythingQueries.update(cleared);
        EverythingSamples.assertSameColumns(cleared, EverythingQueries.findById(id).orElseThrow());
    }

    @Test
    void everyColumnTypeIsBoundInFinders() {
        Everything original = EverythingSamples.full();
        Everything other = EverythingSamples.empty("other");
        EverythingQueries.insertAll(List.of(other, original));
        List<Long> id = List.of(EverythingSamples.id(original));
        Everything sample = EverythingSamples.full();

        assertEquals(id, ids(EverythingQueries.findAllByText(EverythingSamples.text(sample))));
        assertEquals(id, ids(EverythingQueries.findAllBySecret(sample.getSecret())));
        assertEquals(id, ids(EverythingQueries.findAllByPrimitiveLong(Long.MAX_VALUE)));
        assertEquals(id, ids(EverythingQueries.findAllByBoxedLong(Long.MIN_VALUE)));
        assertEquals(id, ids(EverythingQueries.findAllByPrimitiveInt(Integer.MIN_VALUE)));
        assertEquals(id, ids(EverythingQueries.findAllByBoxedInt(Integer.MAX_VALUE)));
        assertEquals(id, ids(EverythingQueries.findAllByPrimitiveShort(Short.MAX_VALUE)));
        assertEquals(id, ids(EverythingQueries.findAllByBoxedShort(Short.MIN_VALUE)));
        assertEquals(id, ids(EverythingQueries.findAllByPrimitiveBoolean(true)));
        assertEquals(id, ids(EverythingQueries.findAllByBoxedBoolean(false)));
        assertEquals(id, ids(EverythingQueries.findAllByBoxedFloat(-0.25f)));
        assertEquals(id, ids(EverythingQueries.findAllByAmount(new BigDecimal("-1234567890123456.7891"))));
        assertEquals(id, ids(EverythingQueries.findAllByUuid(UUID.fromString("0e9f7c2a-5b6d-4c3e-8f1a-2b3c4d5e6f70"))));
        assertEquals(id, ids(EverythingQueries.findAllByDay(LocalDate.of(2024, 2, 29))));
        assertEquals(id, ids(EverythingQueries.findAllByLocalTime(LocalDateTime.of(2024, 7, 14, 13, 45, 30, 123_456_000))));
        assertEquals(id, ids(EverythingQueries.findAllByInstant(Instant.parse("2038-01-19T03:14:08.000001Z"))));
        assertEquals(id, ids(EverythingQueries.findAllByMood(Mood.CURIOUS)));
        assertEquals(id, ids(EverythingQueries.findAllByYear(2024)));
    }

    private static List<Long> ids(List<Everything> rows) {
        return rows.stream().map(EverythingSamples::id).toList();
    }

    @Test
    void nullRoundTripsInEveryNullableColumn() {
        Everything empty = EverythingSamples.empty(null);

        EverythingQueries.insert(empty);

        EverythingSamples.assertSameColumns(empty,
                EverythingQueries.findById(EverythingSamples.id(empty)).orElseThrow());
        assertEquals(List.of(EverythingSamples.id(empty)), ids(EverythingQueries.findAllByMood(null)));
        assertEquals(List.of(EverythingSamples.id(empty)), ids(EverythingQueries.findAllByText(null)));
    }

    @Test
    void primitiveFieldsReadNullAsZeroAndFalse() {
        if (tablesFromModels()) {
            // createTables makes a primitive field's column NOT NULL, so no NULL can reach the field.
            AssertionError refused = assertThrows(AssertionError.class, () -> connections.database("default")
                    .execute("insert into everything (text) values ('only text')"));
            assertTrue(refused.getMessage().toLowerCase(java.util.Locale.ROOT).contains("primitive_long"),
                    refused::getMessage);
            return;
        }
        connections.database("default").execute("insert into everything (text) values ('only text')");

        Everything row = EverythingQueries.findByText("only text").orElseThrow();

        assertEquals(1, ConnectionManager.dsl("default").fetchCount(EverythingTable.MODEL.table(),
                EverythingTable.PRIMITIVE_LONG.isNull(), EverythingTable.PRIMITIVE_INT.isNull(),
                EverythingTable.PRIMITIVE_SHORT.isNull(), EverythingTable.PRIMITIVE_BOOLEAN.isNull(),
                EverythingTable.PRIMITIVE_DOUBLE.isNull(), EverythingTable.PRIMITIVE_FLOAT.isNull(),
                EverythingTable.YEAR.isNull()), "the primitive columns hold NULL");
        EverythingSamples.assertSameColumns(
                EverythingSamples.withId(EverythingSamples.empty("only text"), EverythingSamples.id(row)), row);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static int countOf(char c, String text) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
