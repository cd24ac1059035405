package dev.junction.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * What a careful programmer writes with plain JDBC: explicit column lists, prepared statements, position-based
 * mapping, the statements Junction sends (key lists as one array on PostgreSQL, {@code IN} lists elsewhere, see
 * {@link JdbcKeys}), each child pointed at its parent instance and each parent's list filled, children in id order
 * (as Junction returns them).
 */
final class HandWrittenJdbc {

    private static final String AUTHORS = "select id, name, email from bench_authors";
    private static final String BOOKS = "select id, author_id, title, pages, published from bench_books";
    private static final String REVIEWS = "select id, author_id, rating, body from bench_reviews";
    private static final String CHAPTERS = "select id, book_id, number, title from bench_chapters";
    private static final String AUTHORS_WITH_REVIEWS = "select a.id, a.name, a.email, r.id, r.author_id, r.rating,"
            + " r.body from bench_authors a left join bench_reviews r on r.author_id = a.id order by a.id, r.id";

    private static final String INSERT_BOOKS = "insert into bench_books (author_id, title, pages, published) values ";
    private static final String BOOK_ROW = "(?, ?, ?, ?)";
    private static final String INSERT_REVIEWS = "insert into bench_reviews (author_id, rating, body) values ";
    private static final String REVIEW_ROW = "(?, ?, ?)";
    /** Rows per multi-row INSERT, as Junction sends them. */
    private static final int ROWS_PER_INSERT = 1_000;
    private static final String[] GENERATED_ID = {"id"};

    private final DataSource parents;
    private final DataSource children;
    private final BenchTarget parentsTarget;
    private final BenchTarget childrenTarget;

    HandWrittenJdbc(BenchDatabases databases) {
        this.parents = databases.dataSource(BenchConnections.PARENTS);
        this.children = databases.dataSource(BenchConnections.CHILDREN);
        this.parentsTarget = databases.target(BenchConnections.PARENTS);
        this.childrenTarget = databases.target(BenchConnections.CHILDREN);
    }

    /** Every author, without relations. */
    List<Author> authors() {
        return all(parents, AUTHORS, rows -> {
            Author author = new Author();
            author.setId(rows.getLong(1));
            author.setName(rows.getString(2));
            author.setEmail(rows.getString(3));
            return author;
        });
    }

    /** Every book, without relations: the row-mapping baseline. */
    List<Book> books() {
        return all(children, BOOKS, HandWrittenJdbc::book);
    }

    /** Every review, without relations. */
    List<Review> reviews() {
        return all(parents, REVIEWS, rows -> review(rows, 1));
    }

    /** One book by its id, or null. */
    Book findBook(long id) {
        return findOne(children, BOOKS + " where id = ?", id, HandWrittenJdbc::book);
    }

    /** One review by its id, or null. */
    Review findReview(long id) {
        return findOne(parents, REVIEWS + " where id = ?", id, rows -> review(rows, 1));
    }

    /** Fills each author's books with one key-list query. */
    void loadBooks(List<Author> authors) {
        Map<Long, Author> byId = new LinkedHashMap<>();
        for (Author author : authors) {
            author.setBooks(new ArrayList<>());
            byId.put(author.getId(), author);
        }
        children(children, childrenTarget, BOOKS, "author_id", byId, HandWrittenJdbc::book, (author, book) -> {
            book.setAuthor(author);
            author.getBooks().add(book);
        });
    }

    /** Fills each author's reviews with one key-list query. */
    void loadReviews(List<Author> authors) {
        Map<Long, Author> byId = new LinkedHashMap<>();
        for (Author author : authors) {
            author.setReviews(new ArrayList<>());
            byId.put(author.getId(), author);
        }
        children(parents, parentsTarget, REVIEWS, "author_id", byId, rows -> review(rows, 1), (author, review) -> {
            review.setAuthor(author);
            author.getReviews().add(review);
        });
    }

    /** Fills each book's chapters with one key-list query (IN lists of a thousand keys where arrays are not used). */
    void loadChapters(List<Book> books) {
        Map<Long, Book> byId = new LinkedHashMap<>();
        for (Book book : books) {
            book.setChapters(new ArrayList<>());
            byId.put(book.getId(), book);
        }
        children(parents, parentsTarget, CHAPTERS, "book_id", byId, HandWrittenJdbc::chapter, (book, chapter) -> {
            chapter.setBook(book);
            book.getChapters().add(chapter);
        });
    }

    /** Every author with its reviews in one statement: a join, possible because they share a database. */
    List<Author> authorsWithReviewsJoined() {
        List<Author> authors = new ArrayList<>();
        try (Connection connection = parents.getConnection();
                PreparedStatement select = connection.prepareStatement(AUTHORS_WITH_REVIEWS);
                ResultSet rows = select.executeQuery()) {
            Author author = null;
            while (rows.next()) {
                long id = rows.getLong(1);
                if (author == null || author.getId() != id) {
                    author = new Author();
                    author.setId(id);
                    author.setName(rows.getString(2));
                    author.setEmail(rows.getString(3));
                    author.setReviews(new ArrayList<>());
                    authors.add(author);
                }
                rows.getLong(4);
                if (!rows.wasNull()) {
                    Review review = review(rows, 4);
                    review.setAuthor(author);
                    author.getReviews().add(review);
                }
            }
            return authors;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The N+1 way: one query per author, on one connection and one prepared statement (its best case). */
    void loadBooksOneByOne(List<Author> authors) {
        try (Connection connection = children.getConnection();
                PreparedStatement select = connection.prepareStatement(BOOKS + " where author_id = ? order by id")) {
            for (Author author : authors) {
                select.setLong(1, author.getId());
                List<Book> books = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Book book = book(rows);
                        book.setAuthor(author);
                        books.add(book);
                    }
                }
                author.setBooks(books);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts books in one JDBC batch, in one transaction, and reads the generated ids back. */
    void insertBooksBatch(List<Book> books) {
        insertBatch(children, INSERT_BOOKS + BOOK_ROW, books, HandWrittenJdbc::bindBook, Book::setId);
    }

    /** Inserts books in multi-row INSERTs of a thousand rows, in one transaction, and reads the generated ids back. */
    void insertBooksMultiRow(List<Book> books) {
        insertMultiRow(children, INSERT_BOOKS, BOOK_ROW, books, HandWrittenJdbc::bindBook, Book::setId);
    }

    /** Inserts reviews in one JDBC batch, in one transaction, and reads the generated ids back. */
    void insertReviewsBatch(List<Review> reviews) {
        insertBatch(parents, INSERT_REVIEWS + REVIEW_ROW, reviews, HandWrittenJdbc::bindReview, Review::setId);
    }

    /** Inserts reviews in multi-row INSERTs of a thousand rows, in one transaction, and reads the ids back. */
    void insertReviewsMultiRow(List<Review> reviews) {
        insertMultiRow(parents, INSERT_REVIEWS, REVIEW_ROW, reviews, HandWrittenJdbc::bindReview, Review::setId);
    }

    private interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private interface Binder<T> {
        /** Binds the row's values from parameter {@code first} on; returns the next free parameter index. */
        int bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    private static <T> List<T> all(DataSource database, String sql, RowMapper<T> mapper) {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T findOne(DataSource database, String sql, long id, RowMapper<T> mapper) {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? mapper.map(rows) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <P, C> void children(DataSource database, BenchTarget target, String select, String column,
            Map<Long, P> parents, RowMapper<C> mapper, BiConsumer<P, C> attach) {
        try (Connection connection = database.getConnection()) {
            JdbcKeys.select(connection, target, select, column, "bigint", "id", parents.keySet(), rows -> {
                C child = mapper.map(rows);
                attach.accept(parents.get(rows.getLong(2)), child);
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> void insertBatch(DataSource database, String sql, List<T> rows, Binder<T> binder,
            BiConsumer<T, Long> setId) {
        inTransaction(database, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql, GENERATED_ID)) {
                for (T row : rows) {
                    binder.bind(insert, 1, row);
                    insert.addBatch();
                }
                insert.executeBatch();
                readIds(insert, rows, setId);
            }
        });
    }

    private static <T> void insertMultiRow(DataSource database, String insertInto, String valuesRow, List<T> rows,
            Binder<T> binder, BiConsumer<T, Long> setId) {
        Function<Integer, String> sql = count -> insertInto + String.join(", ", Collections.nCopies(count, valuesRow));
        inTransaction(database, connection -> {
            PreparedStatement full = null;
            try {
                for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                    List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
                    boolean isFull = chunk.size() == ROWS_PER_INSERT;
                    if (isFull && full == null) {
                        full = connection.prepareStatement(sql.apply(ROWS_PER_INSERT), GENERATED_ID);
                    }
                    PreparedStatement insert =
                            isFull ? full : connection.prepareStatement(sql.apply(chunk.size()), GENERATED_ID);
                    try {
                        int index = 1;
                        for (T row : chunk) {
                            index = binder.bind(insert, index, row);
                        }
                        insert.executeUpdate();
                        readIds(insert, chunk, setId);
                    } finally {
                        if (!isFull) {
                            insert.close();
                        }
                    }
                }
            } finally {
                if (full != null) {
                    full.close();
                }
            }
        });
    }

    private static <T> void readIds(PreparedStatement insert, List<T> rows, BiConsumer<T, Long> setId)
            throws SQLException {
        try (ResultSet ids = insert.getGeneratedKeys()) {
            int i = 0;
            while (ids.next()) {
                setId.accept(rows.get(i++), ids.getLong(1));
            }
            if (i != rows.size()) {
                throw new IllegalStateException("Inserted " + rows.size() + " rows but read " + i + " ids");
            }
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private static void inTransaction(DataSource database, Work work) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int bindBook(PreparedStatement insert, int first, Book book) throws SQLException {
        insert.setLong(first, book.getAuthorId());
        insert.setString(first + 1, book.getTitle());
        insert.setInt(first + 2, book.getPages());
        insert.setObject(first + 3, book.getPublished());
        return first + 4;
    }

    private static int bindReview(PreparedStatement insert, int first, Review review) throws SQLException {
        insert.setLong(first, review.getAuthorId());
        insert.setInt(first + 1, review.getRating());
        insert.setString(first + 2, review.getBody());
        return first + 3;
    }

    private static Book book(ResultSet rows) throws SQLException {
        Book book = new Book();
        book.setId(rows.getLong(1));
        book.setAuthorId(rows.getLong(2));
        book.setTitle(rows.getString(3));
        book.setPages(rows.getInt(4));
        book.setPublished(rows.getObject(5, LocalDate.class));
        return book;
    }

    private static Review review(ResultSet rows, int first) throws SQLException {
        Review review = new Review();
        review.setId(rows.getLong(first));
        review.setAuthorId(rows.getLong(first + 1));
        review.setRating(rows.getInt(first + 2));
        review.setBody(rows.getString(first + 3));
        return review;
    }

    private static Chapter chapter(ResultSet rows) throws SQLException {
        Chapter chapter = new Chapter();
        chapter.setId(rows.getLong(1));
        chapter.setBookId(rows.getLong(2));
        chapter.setNumber(rows.getInt(3));
        chapter.setTitle(rows.getString(4));
        return chapter;
    }
}
