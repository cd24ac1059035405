package dev.junction.benchmarks;

import dev.junction.benchmarks.hibernate.AuthorEntity;
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
 * Eager loading of 1 000 authors with 10 000 children, ten each, in two cases. {@code across*}: their books, which
 * live in another database. {@code within*}: their reviews, which live in the authors' database. Each alternative
 * returns the same authors with the same children in id order, each child pointing at its author.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class EagerLoadingBenchmark extends DatabaseBenchmark {

    /**
     * {@code h2}: two in-memory H2 databases;
     * {@code servers}: PostgreSQL for authors and reviews, MariaDB for books.
     */
    @Param("h2")
    public String databases;

    @Override
    protected String databasePair() {
        return databases;
    }

    /** Junction, across databases: {@code AuthorQueries.withBooks().all()}, one query per database. */
    @Benchmark
    public List<Author> acrossJunction() {
        return AuthorQueries.withBooks().all();
    }

    /** Plain JDBC, across databases: the authors, then their books with one key-list query. */
    @Benchmark
    public List<Author> acrossJdbc() {
        List<Author> authors = jdbc.authors();
        jdbc.loadBooks(authors);
        return authors;
    }

    /** Plain JDBC, across databases, N+1: the authors, then one query per author for its books. */
    @Benchmark
    public List<Author> acrossJdbcNPlusOne() {
        List<Author> authors = jdbc.authors();
        jdbc.loadBooksOneByOne(authors);
        return authors;
    }

    /** jOOQ, across databases: the authors, then their books with one key-list query, mapped with lambdas. */
    @Benchmark
    public List<Author> acrossJooq() {
        return jooq.authorsWithBooks();
    }

    /** jOOQ, across databases: the same two queries, mapped by {@code fetchInto(Class)}. */
    @Benchmark
    public List<Author> acrossJooqFetchInto() {
        return jooq.authorsWithBooksInto();
    }

    /**
     * Hibernate, across databases: one session factory per database, the authors from one, their books from the
     * other with an {@code IN} query, wired by hand (Hibernate cannot map an association across databases).
     */
    @Benchmark
    public List<AuthorEntity> acrossHibernate() {
        return hibernate.authorsWithBooks();
    }

    /** Junction, within one database: {@code AuthorQueries.withReviews().all()}, two queries. */
    @Benchmark
    public List<Author> withinJunction() {
        return AuthorQueries.withReviews().all();
    }

    /** Plain JDBC, within one database: the authors, then their reviews with one key-list query. */
    @Benchmark
    public List<Author> withinJdbc() {
        List<Author> authors = jdbc.authors();
        jdbc.loadReviews(authors);
        return authors;
    }

    /** Plain JDBC, within one database: one left join of authors and reviews. */
    @Benchmark
    public List<Author> withinJdbcJoin() {
        return jdbc.authorsWithReviewsJoined();
    }

    /** jOOQ, within one database: two queries, mapped with lambdas. */
    @Benchmark
    public List<Author> withinJooq() {
        return jooq.authorsWithReviews();
    }

    /** jOOQ, within one database: two queries, mapped by {@code fetchInto(Class)}. */
    @Benchmark
    public List<Author> withinJooqFetchInto() {
        return jooq.authorsWithReviewsInto();
    }

    /** Hibernate, within one database: {@code left join fetch} in a stateless session, one statement. */
    @Benchmark
    public List<AuthorEntity> withinHibernateJoinFetch() {
        return hibernate.authorsWithReviewsJoinFetch();
    }

    /** Hibernate, within one database: the authors, then their reviews by batch fetching, two statements. */
    @Benchmark
    public List<AuthorEntity> withinHibernateBatchFetch() {
        return hibernate.authorsWithReviewsBatchFetch();
    }
}
