package dev.junction.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading 10 000 rows of five columns (bigint, bigint, varchar, int, date) from in-memory H2 into objects: Junction's
 * generated position-based mapping against a plain JDBC loop, jOOQ with a lambda and jOOQ's reflective
 * {@code fetchInto(Class)}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class RowMappingBenchmark extends DatabaseBenchmark {

    @Override
    protected String databasePair() {
        return "h2";
    }

    /** Junction: {@code BookQueries.findAll().all()}. */
    @Benchmark
    public List<Book> junctionFindAll() {
        return BookQueries.findAll().all();
    }

    /** Plain JDBC: a {@code ResultSet} loop with getters by position. */
    @Benchmark
    public List<Book> jdbcResultSet() {
        return jdbc.books();
    }

    /** jOOQ: typed records mapped by a lambda. */
    @Benchmark
    public List<Book> jooqLambda() {
        return jooq.booksWithLambda();
    }

    /** jOOQ: {@code fetchInto(Book.class)}, reflection. */
    @Benchmark
    public List<Book> jooqFetchInto() {
        return jooq.booksWithReflection();
    }
}
