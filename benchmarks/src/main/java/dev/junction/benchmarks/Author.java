package dev.junction.benchmarks;

import dev.junction.annotation.Connection;
import dev.junction.annotation.HasMany;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;
import java.util.List;

/** The parent of the benchmarks: its books are in another database, its reviews in its own. */
@Model(table = "bench_authors")
@Connection(BenchConnections.PARENTS)
public class Author {

    @Id
    private Long id;
    private String name;
    private String email;

    @HasMany(foreignKey = "author_id", inverseOf = "author")
    private List<Book> books;

    @HasMany(foreignKey = "author_id", inverseOf = "author")
    private List<Review> reviews;

    /** An empty author, for the generated code and the hand-written mappers. */
    public Author() {}

    /** The id. */
    public Long getId() {
        return id;
    }

    /** Sets the id. */
    public void setId(Long id) {
        this.id = id;
    }

    /** The name. */
    public String getName() {
        return name;
    }

    /** Sets the name. */
    public void setName(String name) {
        this.name = name;
    }

    /** The e-mail address. */
    public String getEmail() {
        return email;
    }

    /** Sets the e-mail address. */
    public void setEmail(String email) {
        this.email = email;
    }

    /** The books, once loaded; {@code null} before. */
    public List<Book> getBooks() {
        return books;
    }

    /** Sets the books. */
    public void setBooks(List<Book> books) {
        this.books = books;
    }

    /** The reviews, once loaded; {@code null} before. */
    public List<Review> getReviews() {
        return reviews;
    }

    /** Sets the reviews. */
    public void setReviews(List<Review> reviews) {
        this.reviews = reviews;
    }
}
