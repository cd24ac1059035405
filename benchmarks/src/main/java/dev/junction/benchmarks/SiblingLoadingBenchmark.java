package dev.junction.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Two sibling relations on two different connections: 1 000 authors with their 10 000 books (another database) and
 * their 10 000 reviews (the authors' database). Junction loads siblings on different connections concurrently; it is
 * measured against each relation alone (their sum is what a sequential load costs), against hand-written JDBC that
 * loads them one after the other, and against hand-written JDBC that loads them concurrently itself.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class SiblingLoadingBenchmark extends DatabaseBenchmark {

    /** {@code h2}: two in-memory H2 databases; {@code servers}: authors and reviews on PostgreSQL, books on MariaDB. */
    @Param("h2")
    public String databases;

    private ExecutorService background;

    @Override
    protected String databasePair() {
        return databases;
    }

    /** Starts the thread that the hand-written concurrent load uses. */
    @Setup
    public void startBackground() {
        background = Executors.newSingleThreadExecutor();
    }

    /** Stops it. */
    @TearDown
    public void stopBackground() {
        background.shutdownNow();
    }

    /** Junction, both siblings: loaded concurrently. */
    @Benchmark
    public List<Author> junctionBooksAndReviews() {
        return AuthorQueries.withBooks().withReviews().all();
    }

    /** Junction, books only. */
    @Benchmark
    public List<Author> junctionBooksOnly() {
        return AuthorQueries.withBooks().all();
    }

    /** Junction, reviews only. */
    @Benchmark
    public List<Author> junctionReviewsOnly() {
        return AuthorQueries.withReviews().all();
    }

    /** Plain JDBC: the authors, then their books, then their reviews. */
    @Benchmark
    public List<Author> jdbcSequential() {
        List<Author> authors = jdbc.authors();
        jdbc.loadBooks(authors);
        jdbc.loadReviews(authors);
        return authors;
    }

    /** Plain JDBC: the authors, then their reviews on a second thread while this one loads their books. */
    @Benchmark
    public List<Author> jdbcConcurrent() {
        List<Author> authors = jdbc.authors();
        CompletableFuture<Void> reviews = CompletableFuture.runAsync(() -> jdbc.loadReviews(authors), background);
        jdbc.loadBooks(authors);
        reviews.join();
        return authors;
    }
}
