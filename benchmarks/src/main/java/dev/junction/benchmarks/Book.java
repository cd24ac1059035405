package dev.junction.benchmarks;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.HasMany;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;
import java.time.LocalDate;
import java.util.List;

/**
 * A child of {@link Author} in another database: ten per author, the parent of {@link Chapter}s (back in the
 * author's database), and the rows of the single-table benchmarks.
 */
@Model(table = "bench_books")
@Connection(BenchConnections.CHILDREN)
public class Book {

    @Id
    private Long id;
    private Long authorId;
    private String title;
    private int pages;
    private LocalDate published;

    @BelongsTo(foreignKey = "author_id", inverseOf = "books")
    private Author author;

    @HasMany(foreignKey = "book_id", inverseOf = "book")
    private List<Chapter> chapters;

    /** An empty book, for the generated code and the hand-written mappers. */
    public Book() {}

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

    /** The title. */
    public String getTitle() {
        return title;
    }

    /** Sets the title. */
    public void setTitle(String title) {
        this.title = title;
    }

    /** The number of pages. */
    public int getPages() {
        return pages;
    }

    /** Sets the number of pages. */
    public void setPages(int pages) {
        this.pages = pages;
    }

    /** The publication date. */
    public LocalDate getPublished() {
        return published;
    }

    /** Sets the publication date. */
    public void setPublished(LocalDate published) {
        this.published = published;
    }

    /** The author, once loaded. */
    public Author getAuthor() {
        return author;
    }

    /** Sets the author. */
    public void setAuthor(Author author) {
        this.author = author;
    }

    /** The chapters, once loaded; {@code null} before. */
    public List<Chapter> getChapters() {
        return chapters;
    }

    /** Sets the chapters. */
    public void setChapters(List<Chapter> chapters) {
        this.chapters = chapters;
    }
}
