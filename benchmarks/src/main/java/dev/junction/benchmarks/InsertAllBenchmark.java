package dev.junction.benchmarks;

import dev.junction.benchmarks.hibernate.BookEntity;
import dev.junction.benchmarks.hibernate.ReviewEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Inserting 10 000 new rows whose ids the database generates, with the ids read back into the objects, in one
 * transaction: {@code books} (MariaDB on the servers) or {@code reviews} (PostgreSQL).
 *
 * <p>What is measured: one call that inserts the 10 000 objects into an empty table. Before each call, outside the
 * measured time ({@code Level.Invocation}), the table is emptied and its id generation restarted, and 10 000 new
 * objects without ids are built; so every call does the same work and the table never grows. A call takes
 * milliseconds or more, far above the timer overhead that makes {@code Level.Invocation} unsuitable for tiny
 * benchmarks.
 *
 * <p>Twenty warm-up iterations, not ten: on H2 every contender (hand-written JDBC too) runs at about a tenth of its
 * speed for the first 8 to 13 seconds of a fork, in H2's MVStore ({@code MVMap.replacePage} under
 * {@code TransactionMap.set} and {@code TransactionStore.commit}), and then jumps to its steady speed. A measurement
 * that starts earlier catches part of that phase in some forks and not in others (see {@code benchmarks/README.md}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 20, time = 1)
@Measurement(iterations = 5, time = 1)
public class InsertAllBenchmark extends DatabaseBenchmark {

    /** {@code h2} or {@code servers}. */
    @Param("h2")
    public String databases;

    /** {@code books} or {@code reviews}. */
    @Param({"books", "reviews"})
    public String table;

    private boolean books;
    private List<Book> newBooks;
    private List<Review> newReviews;
    private List<BookEntity> newBookEntities;
    private List<ReviewEntity> newReviewEntities;

    @Override
    protected String databasePair() {
        return databases;
    }

    /** Empties the table and builds the objects to insert. */
    @Setup(Level.Invocation)
    public void emptyTable() {
        books = table.equals("books");
        fixture.emptyTable(books ? BenchConnections.CHILDREN : BenchConnections.PARENTS,
                books ? "bench_books" : "bench_reviews");
        newBooks = new ArrayList<>(BenchDatabases.BOOKS);
        newReviews = new ArrayList<>(BenchDatabases.BOOKS);
        newBookEntities = new ArrayList<>(BenchDatabases.BOOKS);
        newReviewEntities = new ArrayList<>(BenchDatabases.BOOKS);
        for (long k = 1; k <= BenchDatabases.BOOKS; k++) {
            if (books) {
                Book book = BenchDatabases.newBook(k);
                newBooks.add(book);
                newBookEntities.add(new BookEntity(book.getAuthorId(), book.getTitle(), book.getPages(),
                        book.getPublished()));
            } else {
                Review review = BenchDatabases.newReview(k);
                newReviews.add(review);
                newReviewEntities.add(new ReviewEntity(review.getAuthorId(), review.getRating(), review.getBody()));
            }
        }
    }

    /** Junction: {@code BookQueries.insertAll(books)} (or the reviews'). */
    @Benchmark
    public List<?> junction() {
        if (books) {
            BookQueries.insertAll(newBooks);
            return newBooks;
        }
        ReviewQueries.insertAll(newReviews);
        return newReviews;
    }

    /** Plain JDBC: one batch of 10 000 single-row INSERTs, generated keys read back. */
    @Benchmark
    public List<?> jdbcBatch() {
        if (books) {
            jdbc.insertBooksBatch(newBooks);
            return newBooks;
        }
        jdbc.insertReviewsBatch(newReviews);
        return newReviews;
    }

    /** Plain JDBC: ten multi-row INSERTs of 1 000 rows, generated keys read back (what Junction sends). */
    @Benchmark
    public List<?> jdbcMultiRow() {
        if (books) {
            jdbc.insertBooksMultiRow(newBooks);
            return newBooks;
        }
        jdbc.insertReviewsMultiRow(newReviews);
        return newReviews;
    }

    /** jOOQ: ten multi-row INSERTs of 1 000 rows with {@code returningResult(ID)}. */
    @Benchmark
    public List<?> jooq() {
        if (books) {
            jooq.insertBooks(newBooks);
            return newBooks;
        }
        jooq.insertReviews(newReviews);
        return newReviews;
    }

    /**
     * Hibernate: {@code StatelessSession.insertMultiple} in JDBC batches of 1 000, ids from a sequence through the
     * pooled optimizer (ten sequence calls for 10 000 rows).
     */
    @Benchmark
    public List<?> hibernate() {
        if (books) {
            hibernate.insertBooks(newBookEntities);
            return newBookEntities;
        }
        hibernate.insertReviews(newReviewEntities);
        return newReviewEntities;
    }
}
