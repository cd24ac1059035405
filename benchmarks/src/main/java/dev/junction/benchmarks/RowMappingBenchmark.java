package dev.junction.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading all 10 000 rows of one table into objects, without relations: {@code books} (five columns: bigint,
 * bigint, varchar, int, date; MariaDB on the servers) or {@code reviews} (four: bigint, bigint, int, varchar;
 * PostgreSQL on the servers).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class RowMappingBenchmark extends DatabaseBenchmark {

    /** {@code h2} or {@code servers}. */
    @Param("h2")
    public String databases;

    /** {@code books} or {@code reviews}. */
    @Param({"books", "reviews"})
    public String table;

    @Override
    protected String databasePair() {
        return databases;
    }

    private boolean books() {
        return table.equals("books");
    }

    /** Junction: {@code BookQueries.findAll().all()} (or the reviews'). */
    @Benchmark
    public List<?> junction() {
        return books() ? BookQueries.findAll().all() : ReviewQueries.findAll().all();
    }

    /** Plain JDBC: a {@code ResultSet} loop with getters by position. */
    @Benchmark
    public List<?> jdbc() {
        return books() ? jdbc.books() : jdbc.reviews();
    }

    /** jOOQ: typed records mapped by a lambda. */
    @Benchmark
    public List<?> jooqLambda() {
        return books() ? jooq.booksWithLambda() : jooq.reviewsWithLambda();
    }

    /** jOOQ: {@code fetchInto(Class)}, reflection. */
    @Benchmark
    public List<?> jooqFetchInto() {
        return books() ? jooq.booksWithReflection() : jooq.reviewsWithReflection();
    }

    /** Hibernate: an HQL {@code from} query in a stateless session. */
    @Benchmark
    public List<?> hibernate() {
        return books() ? hibernate.books() : hibernate.reviews();
    }
}
