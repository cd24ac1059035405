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
 * Three levels over two databases: 1 000 authors (PostgreSQL on the servers), their 10 000 books (MariaDB) and the
 * books' 20 000 chapters (PostgreSQL again), 31 000 rows in three statements where the keys allow it. Every
 * alternative builds the same graph: each author's books and each book's chapters in id order, each child pointing
 * at its parent instance.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class ThreeLevelBenchmark extends DatabaseBenchmark {

    /** {@code h2}: two in-memory H2 databases; {@code servers}: PostgreSQL and MariaDB. */
    @Param("h2")
    public String databases;

    @Override
    protected String databasePair() {
        return databases;
    }

    /** Junction: {@code AuthorQueries.withBooks(b -> b.withChapters()).all()}. */
    @Benchmark
    public List<Author> junction() {
        return AuthorQueries.withBooks(books -> books.withChapters()).all();
    }

    /** Plain JDBC: authors, their books, the books' chapters, one key-list query per level. */
    @Benchmark
    public List<Author> jdbc() {
        List<Author> authors = jdbc.authors();
        jdbc.loadBooks(authors);
        jdbc.loadChapters(authors.stream().flatMap(author -> author.getBooks().stream()).toList());
        return authors;
    }

    /** jOOQ: the same queries, mapped with lambdas. */
    @Benchmark
    public List<Author> jooqLambda() {
        return jooq.authorsWithBooksAndChapters();
    }

    /** jOOQ: the same queries, mapped by {@code fetchInto(Class)}. */
    @Benchmark
    public List<Author> jooqFetchInto() {
        return jooq.authorsWithBooksAndChaptersInto();
    }

    /** Hibernate: one session factory per database, one {@code IN} query per level, wired by hand. */
    @Benchmark
    public List<AuthorEntity> hibernate() {
        return hibernate.authorsWithBooksAndChapters();
    }
}
