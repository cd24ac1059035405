package dev.junction.benchmarks.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/** Hibernate's chapter, in the authors' database; its book is in another one and filled by hand. */
@Entity
@Table(name = "bench_chapters")
public class ChapterEntity {

    @Id
    private Long id;
    @Column(name = "book_id")
    private Long bookId;
    private int number;
    private String title;

    @Transient
    private BookEntity book;

    /** For Hibernate. */
    public ChapterEntity() {}

    /** The id. */
    public Long getId() {
        return id;
    }

    /** The book's id. */
    public Long getBookId() {
        return bookId;
    }

    /** The number within the book. */
    public int getNumber() {
        return number;
    }

    /** The title. */
    public String getTitle() {
        return title;
    }

    /** The book, once filled by hand. */
    public BookEntity getBook() {
        return book;
    }

    /** Sets the book. */
    public void setBook(BookEntity book) {
        this.book = book;
    }
}
