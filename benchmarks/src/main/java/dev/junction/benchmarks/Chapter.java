package dev.junction.benchmarks;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;

/** A child of {@link Book}, back in the authors' database: the third level of the three-level load. */
@Model(table = "bench_chapters")
@Connection(BenchConnections.PARENTS)
public class Chapter {

    @Id
    private Long id;
    private Long bookId;
    private int number;
    private String title;

    @BelongsTo(foreignKey = "book_id", inverseOf = "chapters")
    private Book book;

    /** An empty chapter, for the generated code and the hand-written mappers. */
    public Chapter() {}

    /** The id. */
    public Long getId() {
        return id;
    }

    /** Sets the id. */
    public void setId(Long id) {
        this.id = id;
    }

    /** The book's id (column {@code book_id}). */
    public Long getBookId() {
        return bookId;
    }

    /** Sets the book's id. */
    public void setBookId(Long bookId) {
        this.bookId = bookId;
    }

    /** The chapter's number within its book, from 1. */
    public int getNumber() {
        return number;
    }

    /** Sets the number. */
    public void setNumber(int number) {
        this.number = number;
    }

    /** The title. */
    public String getTitle() {
        return title;
    }

    /** Sets the title. */
    public void setTitle(String title) {
        this.title = title;
    }

    /** The book, once loaded. */
    public Book getBook() {
        return book;
    }

    /** Sets the book. */
    public void setBook(Book book) {
        this.book = book;
    }
}
