package dev.junction.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One row by primary key: {@code books} (MariaDB on the servers) or {@code reviews} (PostgreSQL). Each call asks
 * for another id, stepping through all 10 000 in the same order for every alternative, so that no cache of a
 * single row makes it trivial.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class FindByIdBenchmark extends DatabaseBenchmark {

    /** Coprime with the number of rows: the ids visited form one cycle through all of them. */
    private static final int STRIDE = 7_919;

    /** {@code h2} or {@code servers}. */
    @Param("h2")
    public String databases;

    /** {@code books} or {@code reviews}. */
    @Param({"books", "reviews"})
    public String table;

    private boolean books;
    private int cursor;

    @Override
    protected String databasePair() {
        return databases;
    }

    /** Starts every alternative at the same id. */
    @Setup
    public void startIds() {
        books = table.equals("books");
        cursor = 0;
    }

    private long nextId() {
        cursor = (cursor + STRIDE) % BenchDatabases.BOOKS;
        return cursor + 1;
    }

    /** Junction: {@code BookQueries.findById(id)} (or the reviews'). */
    @Benchmark
    public Object junction() {
        long id = nextId();
        return books ? BookQueries.findById(id).orElseThrow() : ReviewQueries.findById(id).orElseThrow();
    }

    /** Plain JDBC: a prepared statement, one row read by position. */
    @Benchmark
    public Object jdbc() {
        long id = nextId();
        return books ? jdbc.findBook(id) : jdbc.findReview(id);
    }

    /** jOOQ: {@code fetchOne} with a lambda. */
    @Benchmark
    public Object jooqLambda() {
        long id = nextId();
        return books ? jooq.findBook(id) : jooq.findReview(id);
    }

    /** jOOQ: {@code fetchOneInto(Class)}, reflection. */
    @Benchmark
    public Object jooqFetchInto() {
        long id = nextId();
        return books ? jooq.findBookInto(id) : jooq.findReviewInto(id);
    }

    /** Hibernate: {@code StatelessSession.get(Class, id)} in a new stateless session. */
    @Benchmark
    public Object hibernate() {
        long id = nextId();
        return books ? hibernate.findBook(id) : hibernate.findReview(id);
    }
}
