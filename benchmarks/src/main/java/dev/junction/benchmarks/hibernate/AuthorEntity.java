package dev.junction.benchmarks.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.List;

/**
 * Hibernate's author. Its reviews share its database, so they are a mapped association; its books are in another
 * database, which Hibernate cannot join, so they are a plain list that the benchmark fills from a second session
 * factory.
 */
@Entity
@Table(name = "bench_authors")
public class AuthorEntity {

    @Id
    private Long id;
    private String name;
    private String email;

    @OneToMany(mappedBy = "author")
    @OrderBy("id")
    private List<ReviewEntity> reviews;

    @Transient
    private List<BookEntity> books;

    /** For Hibernate. */
    public AuthorEntity() {}

    /** The id. */
    public Long getId() {
        return id;
    }

    /** The name. */
    public String getName() {
        return name;
    }

    /** The e-mail address. */
    public String getEmail() {
        return email;
    }

    /** The reviews (a lazy collection until fetched). */
    public List<ReviewEntity> getReviews() {
        return reviews;
    }

    /** The books, once filled by hand; {@code null} before. */
    public List<BookEntity> getBooks() {
        return books;
    }

    /** Sets the books. */
    public void setBooks(List<BookEntity> books) {
        this.books = books;
    }
}
