package dev.junction.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record5;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * What a careful programmer writes with jOOQ and no code generation: tables and fields declared by name, two
 * queries for a relation, typed records mapped by lambdas, or jOOQ's reflective {@code fetchInto(Class)} to map rows.
 */
final class HandWrittenJooq {

    private static final Table<Record> AUTHORS = DSL.table(DSL.name("bench_authors"));
    private static final Table<Record> BOOKS = DSL.table(DSL.name("bench_books"));
    private static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    private static final Field<String> NAME = DSL.field(DSL.name("name"), SQLDataType.VARCHAR);
    private static final Field<String> EMAIL = DSL.field(DSL.name("email"), SQLDataType.VARCHAR);
    private static final Field<Long> AUTHOR_ID = DSL.field(DSL.name("author_id"), SQLDataType.BIGINT);
    private static final Field<String> TITLE = DSL.field(DSL.name("title"), SQLDataType.VARCHAR);
    private static final Field<Integer> PAGES = DSL.field(DSL.name("pages"), SQLDataType.INTEGER);
    private static final Field<LocalDate> PUBLISHED = DSL.field(DSL.name("published"), SQLDataType.LOCALDATE);

    private final DSLContext parents;
    private final DSLContext children;

    HandWrittenJooq(BenchDatabases databases) {
        this.parents = databases.jooq(BenchConnections.PARENTS);
        this.children = databases.jooq(BenchConnections.CHILDREN);
    }

    /** Every author with its books: two queries, mapped with lambdas. */
    List<Author> authorsWithBooks() {
        List<Author> authors = parents.select(ID, NAME, EMAIL).from(AUTHORS).fetch(row -> {
            Author author = new Author();
            author.setId(row.value1());
            author.setName(row.value2());
            author.setEmail(row.value3());
            author.setBooks(new ArrayList<>());
            return author;
        });
        Map<Long, Author> byId = new LinkedHashMap<>();
        authors.forEach(author -> byId.put(author.getId(), author));
        children.select(ID, AUTHOR_ID, TITLE, PAGES, PUBLISHED).from(BOOKS)
                .where(AUTHOR_ID.in(byId.keySet()))
                .orderBy(ID)
                .fetch()
                .forEach(row -> {
                    Book book = book(row);
                    Author author = byId.get(book.getAuthorId());
                    book.setAuthor(author);
                    author.getBooks().add(book);
                });
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

    private static Book book(Record5<Long, Long, String, Integer, LocalDate> row) {
        Book book = new Book();
        book.setId(row.value1());
        book.setAuthorId(row.value2());
        book.setTitle(row.value3());
        book.setPages(row.value4());
        book.setPublished(row.value5());
        return book;
    }
}
