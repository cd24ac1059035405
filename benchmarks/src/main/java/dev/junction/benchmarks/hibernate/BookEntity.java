package dev.junction.benchmarks.hibernate;

import dev.junction.benchmarks.BenchDatabases;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.List;

/**
 * Hibernate's book, in its own session factory (another database than the authors). Ids come from a sequence
 * through Hibernate's pooled optimizer, so that inserts can be batched (an identity column would turn batching
 * off); the author and the chapters are in other databases and filled by hand.
 */
@Entity
@Table(name = "bench_books")
public class BookEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bench_books_seq")
    @SequenceGenerator(name = "bench_books_seq", sequenceName = "bench_books_seq",
            allocationSize = BenchDatabases.ID_ALLOCATION)
    private Long id;
    @Column(name = "author_id")
    private Long authorId;
    private String title;
    private int pages;
    private LocalDate published;

    @Transient
    private AuthorEntity author;
    @Transient
    private List<ChapterEntity> chapters;

    /** For Hibernate. */
    public BookEntity() {}

    /** A new book, for inserting. */
    public BookEntity(Long authorId, String title, int pages, LocalDate published) {
        this.authorId = authorId;
        this.title = title;
        this.pages = pages;
        this.published = published;
    }

    /** The id. */
    public Long getId() {
        return id;
    }

    /** The author's id. */
    public Long getAuthorId() {
        return authorId;
    }

    /** The title. */
    public String getTitle() {
        return title;
    }

    /** The number of pages. */
    public int getPages() {
        return pages;
    }

    /** The publication date. */
    public LocalDate getPublished() {
        return published;
    }

    /** The author, once filled by hand. */
    public AuthorEntity getAuthor() {
        return author;
    }

    /** Sets the author. */
    public void setAuthor(AuthorEntity author) {
        this.author = author;
    }

    /** The chapters, once filled by hand. */
    public List<ChapterEntity> getChapters() {
        return chapters;
    }

    /** Sets the chapters. */
    public void setChapters(List<ChapterEntity> chapters) {
        this.chapters = chapters;
    }
}
