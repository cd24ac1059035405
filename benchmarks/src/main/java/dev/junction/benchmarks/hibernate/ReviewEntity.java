package dev.junction.benchmarks.hibernate;

import dev.junction.benchmarks.BenchDatabases;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Hibernate's review, in the authors' database: a mapped many-to-one. The foreign key is also mapped as a plain
 * column, the one that inserts write, so that a review can be inserted without loading its author.
 */
@Entity
@Table(name = "bench_reviews")
public class ReviewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_reviews_seq")
    @SequenceGenerator(name = "bench_reviews_seq", sequenceName = "bench_reviews_seq",
            allocationSize = BenchDatabases.ID_ALLOCATION)
    private Long id;
    @Column(name = "author_id")
    private Long authorId;
    private int rating;
    private String body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", insertable = false, updatable = false)
    private AuthorEntity author;

    /** For Hibernate. */
    public ReviewEntity() {}

    /** A new review, for inserting. */
    public ReviewEntity(Long authorId, int rating, String body) {
        this.authorId = authorId;
        this.rating = rating;
        this.body = body;
    }

    /** The id. */
    public Long getId() {
        return id;
    }

    /** The author's id. */
    public Long getAuthorId() {
        return authorId;
    }

    /** The rating. */
    public int getRating() {
        return rating;
    }

    /** The text. */
    public String getBody() {
        return body;
    }

    /** The author. */
    public AuthorEntity getAuthor() {
        return author;
    }
}
