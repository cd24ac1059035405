package dev.junction.benchmarks;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;

/**
 * The second child of {@link Author}, in the author's database: the sibling of {@link Book}, and the child of the
 * eager load within one database.
 */
@Model(table = "bench_reviews")
@Connection(BenchConnections.PARENTS)
public class Review {

    @Id
    private Long id;
    private Long authorId;
    private int rating;
    private String body;

    @BelongsTo(foreignKey = "author_id", inverseOf = "reviews")
    private Author author;

    /** An empty review, for the generated code and the hand-written mappers. */
    public Review() {}

    /** The id. */
    public Long getId() {
        return id;
    }

    /** Sets the id. */
    public void setId(Long id) {
        this.id = id;
    }

    /** The author's id (column {@code author_id}). */
    public Long getAuthorId() {
        return authorId;
    }

    /** Sets the author's id. */
    public void setAuthorId(Long authorId) {
        this.authorId = authorId;
    }

    /** The rating, 1 to 5. */
    public int getRating() {
        return rating;
    }

    /** Sets the rating. */
    public void setRating(int rating) {
        this.rating = rating;
    }

    /** The text. */
    public String getBody() {
        return body;
    }

    /** Sets the text. */
    public void setBody(String body) {
        this.body = body;
    }

    /** The author, once loaded. */
    public Author getAuthor() {
        return author;
    }

    /** Sets the author. */
    public void setAuthor(Author author) {
        this.author = author;
    }
}
