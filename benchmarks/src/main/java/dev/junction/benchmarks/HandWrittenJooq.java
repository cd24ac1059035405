package dev.junction.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep3;
import org.jooq.InsertValuesStep4;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * What a careful programmer writes with jOOQ and no code generation: tables and fields declared by name, one query
 * per relation level with the keys in one {@code IN} list, and rows mapped either by lambdas over typed records or
 * by jOOQ's reflective {@code fetchInto(Class)} ({@code DefaultRecordMapper}, columns matched to setters by name).
 *
 * <p>Not {@code column.eq(DSL.any(array))} on PostgreSQL, although it renders the statement Junction sends: jOOQ
 * binds the array as text and casts it in SQL ({@code = any(cast(? as bigint[]))}), so the planner does not see the
 * keys, and on the benchmark's PostgreSQL the 10 000 chapter keys took 15 to 20 seconds that way, against well under
 * a second for the whole three-level load with a typed JDBC array. A jOOQ user who measured that would write
 * {@code IN}, as here.
 */
final class HandWrittenJooq {

    private static final Table<Record> AUTHORS = DSL.table(DSL.name("bench_authors"));
    private static final Table<Record> BOOKS = DSL.table(DSL.name("bench_books"));
    private static final Table<Record> REVIEWS = DSL.table(DSL.name("bench_reviews"));
    private static final Table<Record> CHAPTERS = DSL.table(DSL.name("bench_chapters"));
    private static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    /** The id as the column that the database generates: jOOQ's MySQL dialect returns generated keys only for it. */
    private static final Field<Long> GENERATED_ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT.identity(true));
    private static final Field<String> NAME = DSL.field(DSL.name("name"), SQLDataType.VARCHAR);
    private static final Field<String> EMAIL = DSL.field(DSL.name("email"), SQLDataType.VARCHAR);
    private static final Field<Long> AUTHOR_ID = DSL.field(DSL.name("author_id"), SQLDataType.BIGINT);
    private static final Field<String> TITLE = DSL.field(DSL.name("title"), SQLDataType.VARCHAR);
    private static final Field<Integer> PAGES = DSL.field(DSL.name("pages"), SQLDataType.INTEGER);
    private static final Field<LocalDate> PUBLISHED = DSL.field(DSL.name("published"), SQLDataType.LOCALDATE);
    private static final Field<Integer> RATING = DSL.field(DSL.name("rating"), SQLDataType.INTEGER);
    private static final Field<String> BODY = DSL.field(DSL.name("body"), SQLDataType.VARCHAR);
    private static final Field<Long> BOOK_ID = DSL.field(DSL.name("book_id"), SQLDataType.BIGINT);
    private static final Field<Integer> NUMBER = DSL.field(DSL.name("number"), SQLDataType.INTEGER);

    /** Rows per multi-row INSERT, as Junction sends them. */
    private static final int ROWS_PER_INSERT = 1_000;

    private final DSLContext parents;
    private final DSLContext children;
    /**
     * For inserts on MariaDB, the MySQL dialect: jOOQ renders MariaDB's {@code INSERT ... RETURNING}, which MySQL
     * Connector/J refuses (it runs the statement with {@code executeQuery}), while the MySQL dialect reads the
     * generated keys through JDBC (as Junction does).
     */
    private final DSLContext childrenInserts;

    HandWrittenJooq(BenchDatabases databases) {
        this.parents = databases.jooq(BenchConnections.PARENTS);
        this.children = databases.jooq(BenchConnections.CHILDREN);
        this.childrenInserts = databases.target(BenchConnections.CHILDREN).mysql()
                ? DSL.using(databases.dataSource(BenchConnections.CHILDREN), SQLDialect.MYSQL) : children;
    }

    /** Every author, mapped by a lambda. */
    List<Author> authors() {
        return parents.select(ID, NAME, EMAIL).from(AUTHORS).fetch(row -> {
            Author author = new Author();
            author.setId(row.value1());
            author.setName(row.value2());
            author.setEmail(row.value3());
            return author;
        });
    }

    /** Every author, mapped by reflection. */
    List<Author> authorsInto() {
        return parents.select(ID, NAME, EMAIL).from(AUTHORS).fetchInto(Author.class);
    }

    /** Every author with its books: two queries, mapped with lambdas. */
    List<Author> authorsWithBooks() {
        return withBooks(authors(), condition -> bookQuery(condition).orderBy(ID).fetch(HandWrittenJooq::book));
    }

    /** Every author with its books: two queries, mapped by reflection. */
    List<Author> authorsWithBooksInto() {
        return withBooks(authorsInto(), condition -> bookQuery(condition).orderBy(ID).fetchInto(Book.class));
    }

    /** Every author with its reviews (same database): two queries, mapped with lambdas. */
    List<Author> authorsWithReviews() {
        return withReviews(authors(),
                condition -> reviewQuery(condition).orderBy(ID).fetch(HandWrittenJooq::review));
    }

    /** Every author with its reviews: two queries, mapped by reflection. */
    List<Author> authorsWithReviewsInto() {
        return withReviews(authorsInto(), condition -> reviewQuery(condition).orderBy(ID).fetchInto(Review.class));
    }

    /** Three levels, three queries, mapped with lambdas. */
    List<Author> authorsWithBooksAndChapters() {
        List<Author> authors = authorsWithBooks();
        withChapters(authors, condition -> chapterQuery(condition).orderBy(ID).fetch(HandWrittenJooq::chapter));
        return authors;
    }

    /** Three levels, three queries, mapped by reflection. */
    List<Author> authorsWithBooksAndChaptersInto() {
        List<Author> authors = authorsWithBooksInto();
        withChapters(authors, condition -> chapterQuery(condition).orderBy(ID).fetchInto(Chapter.class));
        return authors;
    }

    /** Every book, mapped with a lambda. */
    List<Book> booksWithLambda() {
        return children.select(ID, AUTHOR_ID, TITLE, PAGES, PUBLISHED).from(BOOKS).fetch(HandWrittenJooq::book);
    }

    /** Every book, mapped by jOOQ's {@code DefaultRecordMapper} (reflection, columns matched to setters). */
    List<Book> booksWithReflection() {
        return children.select(ID, AUTHOR_ID, TITLE, PAGES, PUBLISHED).from(BOOKS).fetchInto(Book.class);
    }

    /** Every review, mapped with a lambda. */
    List<Review> reviewsWithLambda() {
        return parents.select(ID, AUTHOR_ID, RATING, BODY).from(REVIEWS).fetch(HandWrittenJooq::review);
    }

    /** Every review, mapped by reflection. */
    List<Review> reviewsWithReflection() {
        return parents.select(ID, AUTHOR_ID, RATING, BODY).from(REVIEWS).fetchInto(Review.class);
    }

    /** One book by id, mapped with a lambda, or null. */
    Book findBook(long id) {
        return bookQuery(ID.eq(id)).fetchOne(HandWrittenJooq::book);
    }

    /** One book by id, mapped by reflection, or null. */
    Book findBookInto(long id) {
        return bookQuery(ID.eq(id)).fetchOneInto(Book.class);
    }

    /** One review by id, mapped with a lambda, or null. */
    Review findReview(long id) {
        return reviewQuery(ID.eq(id)).fetchOne(HandWrittenJooq::review);
    }

    /** One review by id, mapped by reflection, or null. */
    Review findReviewInto(long id) {
        return reviewQuery(ID.eq(id)).fetchOneInto(Review.class);
    }

    /** Inserts books in multi-row INSERTs of a thousand rows in one transaction, reading the generated ids back. */
    void insertBooks(List<Book> books) {
        childrenInserts.transaction(configuration -> {
            DSLContext transaction = configuration.dsl();
            for (List<Book> chunk : chunks(books)) {
                InsertValuesStep4<Record, Long, String, Integer, LocalDate> insert =
                        transaction.insertInto(BOOKS, AUTHOR_ID, TITLE, PAGES, PUBLISHED);
                for (Book book : chunk) {
                    insert = insert.values(book.getAuthorId(), book.getTitle(), book.getPages(), book.getPublished());
                }
                setIds(chunk, insert.returningResult(GENERATED_ID).fetch(), Book::setId);
            }
        });
    }

    /** Inserts reviews in multi-row INSERTs of a thousand rows in one transaction, reading the ids back. */
    void insertReviews(List<Review> reviews) {
        parents.transaction(configuration -> {
            DSLContext transaction = configuration.dsl();
            for (List<Review> chunk : chunks(reviews)) {
                InsertValuesStep3<Record, Long, Integer, String> insert =
                        transaction.insertInto(REVIEWS, AUTHOR_ID, RATING, BODY);
                for (Review review : chunk) {
                    insert = insert.values(review.getAuthorId(), review.getRating(), review.getBody());
                }
                setIds(chunk, insert.returningResult(GENERATED_ID).fetch(), Review::setId);
            }
        });
    }

    private static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
        }
        return chunks;
    }

    private static <T> void setIds(List<T> rows, Result<Record1<Long>> ids, BiConsumer<T, Long> setId) {
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("Inserted " + rows.size() + " rows but read " + ids.size() + " ids");
        }
        for (int i = 0; i < rows.size(); i++) {
            setId.accept(rows.get(i), ids.get(i).value1());
        }
    }

    private SelectConditionStep<Record5<Long, Long, String, Integer, LocalDate>> bookQuery(Condition condition) {
        return children.select(ID, AUTHOR_ID, TITLE, PAGES, PUBLISHED).from(BOOKS).where(condition);
    }

    private SelectConditionStep<Record4<Long, Long, Integer, String>> reviewQuery(Condition condition) {
        return parents.select(ID, AUTHOR_ID, RATING, BODY).from(REVIEWS).where(condition);
    }

    private SelectConditionStep<Record4<Long, Long, Integer, String>> chapterQuery(Condition condition) {
        return parents.select(ID, BOOK_ID, NUMBER, TITLE).from(CHAPTERS).where(condition);
    }

    private List<Author> withBooks(List<Author> authors, Function<Condition, List<Book>> fetch) {
        Map<Long, Author> byId = new LinkedHashMap<>();
        for (Author author : authors) {
            author.setBooks(new ArrayList<>());
            byId.put(author.getId(), author);
        }
        for (Book book : fetch.apply(AUTHOR_ID.in(byId.keySet()))) {
            Author author = byId.get(book.getAuthorId());
            book.setAuthor(author);
            author.getBooks().add(book);
        }
        return authors;
    }

    private List<Author> withReviews(List<Author> authors, Function<Condition, List<Review>> fetch) {
        Map<Long, Author> byId = new LinkedHashMap<>();
        for (Author author : authors) {
            author.setReviews(new ArrayList<>());
            byId.put(author.getId(), author);
        }
        for (Review review : fetch.apply(AUTHOR_ID.in(byId.keySet()))) {
            Author author = byId.get(review.getAuthorId());
            review.setAuthor(author);
            author.getReviews().add(review);
        }
        return authors;
    }

    private void withChapters(List<Author> authors, Function<Condition, List<Chapter>> fetch) {
        Map<Long, Book> byId = new LinkedHashMap<>();
        for (Author author : authors) {
            for (Book book : author.getBooks()) {
                book.setChapters(new ArrayList<>());
                byId.put(book.getId(), book);
            }
        }
        for (Chapter chapter : fetch.apply(BOOK_ID.in(byId.keySet()))) {
            Book book = byId.get(chapter.getBookId());
            chapter.setBook(book);
            book.getChapters().add(chapter);
        }
    }

    private static Book book(Record5<Long, Long, String, Integer, LocalDate> row) {
        Book book = new Book();
        book.setId(row.value1());
        book.setAuthorId(row.value2());
        book.setTitle(row.value3());
        book.setPages(row.value4());
        book.setPublished(row.value5());
        return book;
    }

    private static Review review(Record4<Long, Long, Integer, String> row) {
        Review review = new Review();
        review.setId(row.value1());
        review.setAuthorId(row.value2());
        review.setRating(row.value3());
        review.setBody(row.value4());
        return review;
    }

    private static Chapter chapter(Record4<Long, Long, Integer, String> row) {
        Chapter chapter = new Chapter();
        chapter.setId(row.value1());
        chapter.setBookId(row.value2());
        chapter.setNumber(row.value3());
        chapter.setTitle(row.value4());
        return chapter;
    }
}
