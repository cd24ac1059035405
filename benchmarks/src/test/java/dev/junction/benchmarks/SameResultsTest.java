package dev.junction.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.junction.benchmarks.hibernate.AuthorEntity;
import dev.junction.benchmarks.hibernate.BookEntity;
import dev.junction.benchmarks.hibernate.ChapterEntity;
import dev.junction.benchmarks.hibernate.HandWrittenHibernate;
import dev.junction.benchmarks.hibernate.ReviewEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every alternative of a benchmark does the same work: the same objects, the same relations, the same order. Runs
 * on H2 in a few seconds; {@code -Djunction.bench.databases=servers} runs it on the servers instead.
 */
class SameResultsTest {

    private static final int BOOKS = BenchDatabases.BOOKS;
    /** Rows per insert check: enough for three multi-row statements, the last one shorter. */
    private static final int INSERTED = 2_500;

    private static BenchDatabases databases;
    private static HandWrittenJdbc jdbc;
    private static HandWrittenJooq jooq;
    private static HandWrittenHibernate hibernate;

    @BeforeAll
    static void open() {
        databases = BenchDatabases.open(System.getProperty("junction.bench.databases", "h2"));
        jdbc = new HandWrittenJdbc(databases);
        jooq = new HandWrittenJooq(databases);
        hibernate = new HandWrittenHibernate(databases);
    }

    @AfterAll
    static void close() {
        hibernate.close();
        databases.close();
    }

    @Test
    void eagerLoadingAcrossDatabasesLoadsTheSameBooksInTheSameOrder() {
        Map<Long, List<String>> expected = booksByAuthor(AuthorQueries.withBooks().all());
        assertEquals(BenchDatabases.AUTHORS, expected.size());
        assertEquals(BOOKS, expected.values().stream().mapToInt(List::size).sum());
        List<Author> twoQueries = jdbc.authors();
        jdbc.loadBooks(twoQueries);
        List<Author> oneByOne = jdbc.authors();
        jdbc.loadBooksOneByOne(oneByOne);
        assertEquals(expected, booksByAuthor(twoQueries));
        assertEquals(expected, booksByAuthor(oneByOne));
        assertEquals(expected, booksByAuthor(jooq.authorsWithBooks()));
        assertEquals(expected, booksByAuthor(jooq.authorsWithBooksInto()));
        assertEquals(expected, hibernateBooksByAuthor(hibernate.authorsWithBooks()));
    }

    @Test
    void eagerLoadingWithinOneDatabaseLoadsTheSameReviewsInTheSameOrder() {
        Map<Long, List<String>> expected = reviewsByAuthor(AuthorQueries.withReviews().all());
        assertEquals(BenchDatabases.AUTHORS, expected.size());
        assertEquals(BOOKS, expected.values().stream().mapToInt(List::size).sum());
        List<Author> twoQueries = jdbc.authors();
        jdbc.loadReviews(twoQueries);
        assertEquals(expected, reviewsByAuthor(twoQueries));
        assertEquals(expected, reviewsByAuthor(jdbc.authorsWithReviewsJoined()));
        assertEquals(expected, reviewsByAuthor(jooq.authorsWithReviews()));
        assertEquals(expected, reviewsByAuthor(jooq.authorsWithReviewsInto()));
        assertEquals(expected, hibernateReviewsByAuthor(hibernate.authorsWithReviewsJoinFetch()));
        assertEquals(expected, hibernateReviewsByAuthor(hibernate.authorsWithReviewsBatchFetch()));
    }

    @Test
    void siblingAlternativesLoadTheSameBooksAndReviews() {
        List<Author> junction = AuthorQueries.withBooks().withReviews().all();
        List<Author> handWritten = jdbc.authors();
        jdbc.loadBooks(handWritten);
        jdbc.loadReviews(handWritten);
        assertEquals(booksByAuthor(junction), booksByAuthor(handWritten));
        assertEquals(reviewsByAuthor(junction), reviewsByAuthor(handWritten));
    }

    @Test
    void threeLevelAlternativesBuildTheSameGraph() {
        Map<Long, List<String>> expected =
                chaptersByAuthor(AuthorQueries.withBooks(books -> books.withChapters()).all());
        assertEquals(BOOKS * (1 + BenchDatabases.CHAPTERS_PER_BOOK),
                expected.values().stream().mapToInt(List::size).sum());
        List<Author> handWritten = jdbc.authors();
        jdbc.loadBooks(handWritten);
        jdbc.loadChapters(handWritten.stream().flatMap(author -> author.getBooks().stream()).toList());
        assertEquals(expected, chaptersByAuthor(handWritten));
        assertEquals(expected, chaptersByAuthor(jooq.authorsWithBooksAndChapters()));
        assertEquals(expected, chaptersByAuthor(jooq.authorsWithBooksAndChaptersInto()));
        assertEquals(expected, hibernateChaptersByAuthor(hibernate.authorsWithBooksAndChapters()));
    }

    @Test
    void rowMappingAlternativesReadTheSameRows() {
        List<String> books = sorted(BookQueries.findAll().all(), SameResultsTest::describe);
        assertEquals(BOOKS, books.size());
        assertEquals(books, sorted(jdbc.books(), SameResultsTest::describe));
        assertEquals(books, sorted(jooq.booksWithLambda(), SameResultsTest::describe));
        assertEquals(books, sorted(jooq.booksWithReflection(), SameResultsTest::describe));
        assertEquals(books, sorted(hibernate.books(), SameResultsTest::describe));
        List<String> reviews = sorted(ReviewQueries.findAll().all(), SameResultsTest::describe);
        assertEquals(BOOKS, reviews.size());
        assertEquals(reviews, sorted(jdbc.reviews(), SameResultsTest::describe));
        assertEquals(reviews, sorted(jooq.reviewsWithLambda(), SameResultsTest::describe));
        assertEquals(reviews, sorted(jooq.reviewsWithReflection(), SameResultsTest::describe));
        assertEquals(reviews, sorted(hibernate.reviews(), SameResultsTest::describe));
    }

    @Test
    void findByIdAlternativesFindTheSameRow() {
        for (long id : new long[] {1, 2, 7_919, BOOKS}) {
            String book = describe(BookQueries.findById(id).orElseThrow());
            assertEquals(book, describe(jdbc.findBook(id)));
            assertEquals(book, describe(jooq.findBook(id)));
            assertEquals(book, describe(jooq.findBookInto(id)));
            assertEquals(book, describe(hibernate.findBook(id)));
            String review = describe(ReviewQueries.findById(id).orElseThrow());
            assertEquals(review, describe(jdbc.findReview(id)));
            assertEquals(review, describe(jooq.findReview(id)));
            assertEquals(review, describe(jooq.findReviewInto(id)));
            assertEquals(review, describe(hibernate.findReview(id)));
        }
    }

    @Test
    void insertAllAlternativesStoreTheRowsAndReadTheIdsBack() {
        try {
            checkInserts("bench_books", BenchConnections.CHILDREN, BenchDatabases::newBook, SameResultsTest::describe,
                    () -> sorted(jdbc.books(), SameResultsTest::describe),
                    List.of(BookQueries::insertAll, jdbc::insertBooksBatch, jdbc::insertBooksMultiRow,
                            jooq::insertBooks));
            checkInserts("bench_books", BenchConnections.CHILDREN, k -> {
                Book book = BenchDatabases.newBook(k);
                return new BookEntity(book.getAuthorId(), book.getTitle(), book.getPages(), book.getPublished());
            }, SameResultsTest::describe, () -> sorted(jdbc.books(), SameResultsTest::describe),
                    List.of(hibernate::insertBooks));
            checkInserts("bench_reviews", BenchConnections.PARENTS, BenchDatabases::newReview,
                    SameResultsTest::describe, () -> sorted(jdbc.reviews(), SameResultsTest::describe),
                    List.of(ReviewQueries::insertAll, jdbc::insertReviewsBatch, jdbc::insertReviewsMultiRow,
                            jooq::insertReviews));
            checkInserts("bench_reviews", BenchConnections.PARENTS, k -> {
                Review review = BenchDatabases.newReview(k);
                return new ReviewEntity(review.getAuthorId(), review.getRating(), review.getBody());
            }, SameResultsTest::describe, () -> sorted(jdbc.reviews(), SameResultsTest::describe),
                    List.of(hibernate::insertReviews));
        } finally {
            restore();
        }
    }

    /**
     * Each alternative inserts {@value #INSERTED} rows into the emptied table; then the table holds exactly them,
     * ids included.
     */
    private static <T> void checkInserts(String table, String connection, Function<Long, T> newRow,
            Function<T, String> describe, Supplier<List<String>> stored, List<Consumer<List<T>>> alternatives) {
        for (Consumer<List<T>> insertAll : alternatives) {
            databases.emptyTable(connection, table);
            List<T> rows = new ArrayList<>();
            for (long k = 1; k <= INSERTED; k++) {
                rows.add(newRow.apply(k));
            }
            insertAll.accept(rows);
            assertEquals(sorted(rows, describe), stored.get());
        }
    }

    /** Puts the filled data back: the multi-row inserts give ids 1 to 10 000 in order after a restart. */
    private static void restore() {
        databases.emptyTable(BenchConnections.CHILDREN, "bench_books");
        List<Book> books = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (long k = 1; k <= BOOKS; k++) {
            books.add(BenchDatabases.newBook(k));
            reviews.add(BenchDatabases.newReview(k));
        }
        jdbc.insertBooksMultiRow(books);
        databases.emptyTable(BenchConnections.PARENTS, "bench_reviews");
        jdbc.insertReviewsMultiRow(reviews);
        for (int i = 0; i < BOOKS; i++) {
            assertEquals(i + 1, books.get(i).getId());
            assertEquals(i + 1, reviews.get(i).getId());
        }
    }

    /** Each author's books, described, after checking that every book points at that very author. */
    private static Map<Long, List<String>> booksByAuthor(List<Author> authors) {
        Map<Long, List<String>> result = new TreeMap<>();
        for (Author author : authors) {
            author.getBooks().forEach(book -> assertSame(author, book.getAuthor()));
            result.put(author.getId(), author.getBooks().stream().map(SameResultsTest::describe).toList());
        }
        return result;
    }

    private static Map<Long, List<String>> hibernateBooksByAuthor(List<AuthorEntity> authors) {
        Map<Long, List<String>> result = new TreeMap<>();
        for (AuthorEntity author : authors) {
            author.getBooks().forEach(book -> assertSame(author, book.getAuthor()));
            result.put(author.getId(), author.getBooks().stream().map(SameResultsTest::describe).toList());
        }
        return result;
    }

    private static Map<Long, List<String>> reviewsByAuthor(List<Author> authors) {
        Map<Long, List<String>> result = new TreeMap<>();
        for (Author author : authors) {
            author.getReviews().forEach(review -> assertSame(author, review.getAuthor()));
            result.put(author.getId(), author.getReviews().stream().map(SameResultsTest::describe).toList());
        }
        return result;
    }

    private static Map<Long, List<String>> hibernateReviewsByAuthor(List<AuthorEntity> authors) {
        Map<Long, List<String>> result = new TreeMap<>();
        for (AuthorEntity author : authors) {
            author.getReviews().forEach(review -> assertSame(author, review.getAuthor()));
            result.put(author.getId(), author.getReviews().stream().map(SameResultsTest::describe).toList());
        }
        return result;
    }

    /** Each author's books with their chapters, after checking every back reference. */
    private static Map<Long, List<String>> chaptersByAuthor(List<Author> authors) {
        Map<Long, List<String>> result = new TreeMap<>();
        for (Author author : authors) {
            List<String> graph = new ArrayList<>();
            for (Book book : author.getBooks()) {
                assertSame(author, book.getAuthor());
                graph.add(describe(book));
                for (Chapter chapter : book.getChapters()) {
                    assertSame(book, chapter.getBook());
                    graph.add(describe(chapter));
                }
            }
            result.put(author.getId(), graph);
        }
        return result;
    }

    private static Map<Long, List<String>> hibernateChaptersByAuthor(List<AuthorEntity> authors) {
        Map<Long, List<String>> result = new TreeMap<>();
        for (AuthorEntity author : authors) {
            List<String> graph = new ArrayList<>();
            for (BookEntity book : author.getBooks()) {
                assertSame(author, book.getAuthor());
                graph.add(describe(book));
                for (ChapterEntity chapter : book.getChapters()) {
                    assertSame(book, chapter.getBook());
                    graph.add(describe(chapter));
                }
            }
            result.put(author.getId(), graph);
        }
        return result;
    }

    private static <T> List<String> sorted(List<T> rows, Function<T, String> describe) {
        return rows.stream().map(describe).sorted().toList();
    }

    private static String describe(Book book) {
        return book.getId() + "/" + book.getAuthorId() + "/" + book.getTitle() + "/" + book.getPages() + "/"
                + book.getPublished();
    }

    private static String describe(BookEntity book) {
        return book.getId() + "/" + book.getAuthorId() + "/" + book.getTitle() + "/" + book.getPages() + "/"
                + book.getPublished();
    }

    private static String describe(Review review) {
        return review.getId() + "/" + review.getAuthorId() + "/" + review.getRating() + "/" + review.getBody();
    }

    private static String describe(ReviewEntity review) {
        return review.getId() + "/" + review.getAuthorId() + "/" + review.getRating() + "/" + review.getBody();
    }

    private static String describe(Chapter chapter) {
        return chapter.getId() + "/" + chapter.getBookId() + "/" + chapter.getNumber() + "/" + chapter.getTitle();
    }

    private static String describe(ChapterEntity chapter) {
        return chapter.getId() + "/" + chapter.getBookId() + "/" + chapter.getNumber() + "/" + chapter.getTitle();
    }
}
