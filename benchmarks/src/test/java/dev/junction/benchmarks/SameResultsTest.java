package dev.junction.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every alternative of a benchmark does the same work: the same objects, the same relations, the same order. */
class SameResultsTest {

    private static BenchDatabases databases;
    private static HandWrittenJdbc jdbc;
    private static HandWrittenJooq jooq;

    @BeforeAll
    static void open() {
        databases = BenchDatabases.open("h2");
        jdbc = new HandWrittenJdbc(databases);
        jooq = new HandWrittenJooq(databases);
    }

    @AfterAll
    static void close() {
        databases.close();
    }

    @Test
    void eagerLoadingAlternativesLoadTheSameBooksInTheSameOrder() {
        Map<Long, List<String>> expected = booksByAuthor(AuthorQueries.withBooks().all());
        assertEquals(BenchDatabases.AUTHORS, expected.size());
        assertEquals(BenchDatabases.AUTHORS * BenchDatabases.CHILDREN_PER_AUTHOR,
                expected.values().stream().mapToInt(List::size).sum());
        List<Author> twoQueries = jdbc.authors();
        jdbc.loadBooks(twoQueries);
        List<Author> oneByOne = jdbc.authors();
        jdbc.loadBooksOneByOne(oneByOne);
        assertEquals(expected, booksByAuthor(twoQueries));
        assertEquals(expected, booksByAuthor(oneByOne));
        assertEquals(expected, booksByAuthor(jooq.authorsWithBooks()));
    }

    @Test
    void siblingAlternativesLoadTheSameReviews() {
        List<Author> junction = AuthorQueries.withBooks().withReviews().all();
        List<Author> handWritten = jdbc.authors();
        jdbc.loadBooks(handWritten);
        jdbc.loadReviews(handWritten);
        assertEquals(booksByAuthor(junction), booksByAuthor(handWritten));
        assertEquals(reviewsByAuthor(junction), reviewsByAuthor(handWritten));
        assertEquals(BenchDatabases.AUTHORS * BenchDatabases.CHILDREN_PER_AUTHOR,
                reviewsByAuthor(junction).values().stream().mapToInt(List::size).sum());
    }

    @Test
    void rowMappingAlternativesReadTheSameRows() {
        List<String> expected = sorted(describe(BookQueries.findAll().all()));
        assertEquals(BenchDatabases.AUTHORS * BenchDatabases.CHILDREN_PER_AUTHOR, expected.size());
        assertEquals(expected, sorted(describe(jdbc.books())));
        assertEquals(expected, sorted(describe(jooq.booksWithLambda())));
        assertEquals(expected, sorted(describe(jooq.booksWithReflection())));
    }

    /** Each author's books, described, after checking that every book points at that very author. */
    private static Map<Long, List<String>> booksByAuthor(List<Author> authors) {
        return byAuthor(authors, author -> {
            author.getBooks().forEach(book -> assertSame(author, book.getAuthor()));
            return describe(author.getBooks());
        });
    }

    private static Map<Long, List<String>> reviewsByAuthor(List<Author> authors) {
        return byAuthor(authors, author -> author.getReviews().stream()
                .peek(review -> assertSame(author, review.getAuthor()))
                .map(review -> review.getId() + "/" + review.getAuthorId() + "/" + review.getRating() + "/"
                        + review.getBody())
                .collect(Collectors.toList()));
    }

    private static Map<Long, List<String>> byAuthor(List<Author> authors, Function<Author, List<String>> children) {
        Map<Long, List<String>> result = new TreeMap<>();
        for (Author author : authors) {
            result.put(author.getId(), children.apply(author));
        }
        return result;
    }

    private static List<String> describe(List<Book> books) {
        return books.stream()
                .map(book -> book.getId() + "/" + book.getAuthorId() + "/" + book.getTitle() + "/" + book.getPages()
                        + "/" + book.getPublished())
                .collect(Collectors.toList());
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().collect(Collectors.toList());
    }
}
