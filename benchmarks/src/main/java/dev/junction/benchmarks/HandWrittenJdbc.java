package dev.junction.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.sql.DataSource;

/**
 * What a careful programmer writes with plain JDBC: explicit column lists, position-based mapping, each child
 * pointed at its parent instance and each parent's list filled, children in id order (as Junction returns them).
 */
final class HandWrittenJdbc {

    private static final String AUTHORS = "select id, name, email from bench_authors";
    private static final String BOOKS = "select id, author_id, title, pages, published from bench_books";
    private static final String REVIEWS = "select id, author_id, rating, body from bench_reviews";

    private final DataSource parents;
    private final DataSource children;
    private final DataSource reviews;

    HandWrittenJdbc(BenchDatabases databases) {
        this.parents = databases.dataSource(BenchConnections.PARENTS);
        this.children = databases.dataSource(BenchConnections.CHILDREN);
        this.reviews = databases.dataSource(BenchConnections.REVIEWS);
    }

    /** Every author, without relations. */
    List<Author> authors() {
        try (Connection connection = parents.getConnection();
                PreparedStatement select = connection.prepareStatement(AUTHORS);
                ResultSet rows = select.executeQuery()) {
            List<Author> authors = new ArrayList<>();
            while (rows.next()) {
                Author author = new Author();
                author.setId(rows.getLong(1));
                author.setName(rows.getString(2));
                author.setEmail(rows.getString(3));
                authors.add(author);
            }
            return authors;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every book, without relations: the row-mapping baseline. */
    List<Book> books() {
        try (Connection connection = children.getConnection();
                PreparedStatement select = connection.prepareStatement(BOOKS);
                ResultSet rows = select.executeQuery()) {
            List<Book> books = new ArrayList<>();
            while (rows.next()) {
                books.add(book(rows));
            }
            return books;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fills each author's books with one {@code IN} query (the authors here are at most a thousand). */
    void loadBooks(List<Author> authors) {
        Map<Long, Author> byId = byId(authors, Author::setBooks);
        loadChildren(children, BOOKS, byId, HandWrittenJdbc::book, (author, book) -> {
            book.setAuthor(author);
            author.getBooks().add(book);
        });
    }

    /** Fills each author's reviews with one {@code IN} query. */
    void loadReviews(List<Author> authors) {
        Map<Long, Author> byId = byId(authors, Author::setReviews);
        loadChildren(reviews, REVIEWS, byId, HandWrittenJdbc::review, (author, review) -> {
            review.setAuthor(author);
            author.getReviews().add(review);
        });
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

    private static <C> Map<Long, Author> byId(List<Author> authors, BiConsumer<Author, List<C>> emptyList) {
        Map<Long, Author> byId = new LinkedHashMap<>();
        for (Author author : authors) {
            emptyList.accept(author, new ArrayList<>());
            byId.put(author.getId(), author);
        }
        return byId;
    }

    private interface RowMapper<T> {
        T map(ResultSet rows) throws SQLException;
    }

    private static <C> void loadChildren(DataSource database, String select, Map<Long, Author> parents,
            RowMapper<C> mapper, BiConsumer<Author, C> attach) {
        if (parents.isEmpty()) {
            return;
        }
        String sql = select + " where author_id in (" + placeholders(parents.size()) + ") order by id";
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (Long id : parents.keySet()) {
                statement.setLong(index++, id);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    C child = mapper.map(rows);
                    attach.accept(parents.get(rows.getLong(2)), child);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String placeholders(int count) {
        StringBuilder marks = new StringBuilder(count * 3);
        for (int i = 0; i < count; i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        return marks.toString();
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

    private static Review review(ResultSet rows) throws SQLException {
        Review review = new Review();
        review.setId(rows.getLong(1));
        review.setAuthorId(rows.getLong(2));
        review.setRating(rows.getInt(3));
        review.setBody(rows.getString(4));
        return review;
    }
}
