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
 * Eager loading of 1 000 authors with their 10 000 books, which live in another database: Junction's
 * {@code withBooks().all()} against hand-written JDBC with two queries, hand-written JDBC with one query per author
 * (N+1) and hand-written jOOQ with two queries. Each returns the same authors with the same books, each book
 * pointing at its author.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class EagerLoadingBenchmark extends DatabaseBenchmark {

    /** {@code h2}: two in-memory H2 databases; {@code servers}: PostgreSQL for authors, MariaDB for books. */
    @Param("h2")
    public String databases;

    @Override
    protected String databasePair() {
        return databases;
    }

    /** Junction: one query per database. */
    @Benchmark
    public List<Author> junctionWithBooks() {
        return AuthorQueries.withBooks().all();
    }

    /** Plain JDBC: the authors, then their books with one {@code IN} list. */
    @Benchmark
    public List<Author> jdbcTwoQueries() {
        List<Author> authors = jdbc.authors();
        jdbc.loadBooks(authors);
        return authors;
    }

    /** Plain JDBC, N+1: the authors, then one query per author for its books. */
    @Benchmark
    public List<Author> jdbcNPlusOne() {
        List<Author> authors = jdbc.authors();
        jdbc.loadBooksOneByOne(authors);
        return authors;
    }

    /** jOOQ without code generation: the authors, then their books with one {@code IN} list. */
    @Benchmark
    public List<Author> jooqTwoQueries() {
        return jooq.authorsWithBooks();
    }
}
