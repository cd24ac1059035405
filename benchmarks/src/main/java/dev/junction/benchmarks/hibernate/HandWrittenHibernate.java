package dev.junction.benchmarks.hibernate;

import dev.junction.benchmarks.BenchConnections;
import dev.junction.benchmarks.BenchDatabases;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Hibernate;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;

/**
 * What a Hibernate user writes for the benchmarks' workloads: one session factory per database (authors, reviews
 * and chapters in one, books in the other), {@link StatelessSession}s for reads and bulk inserts (no persistence
 * context to fill and no dirty checking), and for a relation that crosses databases, which Hibernate cannot map,
 * a query per thousand keys in the other database's session factory and the objects wired by hand.
 */
public final class HandWrittenHibernate implements AutoCloseable {

    private final SessionFactory parents;
    private final SessionFactory children;

    /** Opens the two session factories over the hand-written alternatives' pools. */
    public HandWrittenHibernate(BenchDatabases databases) {
        this.parents = SessionFactories.open(databases.dataSource(BenchConnections.PARENTS),
                databases.target(BenchConnections.PARENTS), AuthorEntity.class, ReviewEntity.class,
                ChapterEntity.class);
        try {
            this.children = SessionFactories.open(databases.dataSource(BenchConnections.CHILDREN),
                    databases.target(BenchConnections.CHILDREN), BookEntity.class);
        } catch (RuntimeException e) {
            parents.close();
            throw e;
        }
    }

    /** Every author, without relations. */
    public List<AuthorEntity> authors() {
        try (StatelessSession session = parents.openStatelessSession()) {
            return session.createSelectionQuery("from AuthorEntity", AuthorEntity.class).getResultList();
        }
    }

    /** Every book: the row-mapping case. */
    public List<BookEntity> books() {
        try (StatelessSession session = children.openStatelessSession()) {
            return session.createSelectionQuery("from BookEntity", BookEntity.class).getResultList();
        }
    }

    /** Every review, without its author. */
    public List<ReviewEntity> reviews() {
        try (StatelessSession session = parents.openStatelessSession()) {
            return session.createSelectionQuery("from ReviewEntity", ReviewEntity.class).getResultList();
        }
    }

    /** One book by id, or null. */
    public BookEntity findBook(long id) {
        try (StatelessSession session = children.openStatelessSession()) {
            return session.get(BookEntity.class, id);
        }
    }

    /** One review by id, or null. */
    public ReviewEntity findReview(long id) {
        try (StatelessSession session = parents.openStatelessSession()) {
            return session.get(ReviewEntity.class, id);
        }
    }

    /** Every author with its books from the other database: a second query there, wired by hand. */
    public List<AuthorEntity> authorsWithBooks() {
        List<AuthorEntity> authors = authors();
        loadBooks(authors);
        return authors;
    }

    /** Every author with its books and their chapters: a query per level and thousand keys, wired by hand. */
    public List<AuthorEntity> authorsWithBooksAndChapters() {
        List<AuthorEntity> authors = authorsWithBooks();
        Map<Long, BookEntity> byId = new LinkedHashMap<>();
        for (AuthorEntity author : authors) {
            for (BookEntity book : author.getBooks()) {
                book.setChapters(new ArrayList<>());
                byId.put(book.getId(), book);
            }
        }
        try (StatelessSession session = parents.openStatelessSession()) {
            for (List<Long> chunk : chunks(byId.keySet())) {
                session.createSelectionQuery("from ChapterEntity c where c.bookId in :ids order by c.id",
                                ChapterEntity.class)
                        .setParameterList("ids", chunk)
                        .getResultList()
                        .forEach(chapter -> {
                            BookEntity book = byId.get(chapter.getBookId());
                            chapter.setBook(book);
                            book.getChapters().add(chapter);
                        });
            }
        }
        return authors;
    }

    /** Every author with its reviews (same database) in one statement: a join fetch in a stateless session. */
    public List<AuthorEntity> authorsWithReviewsJoinFetch() {
        try (StatelessSession session = parents.openStatelessSession()) {
            return session.createSelectionQuery(
                    "from AuthorEntity a left join fetch a.reviews r order by a.id, r.id", AuthorEntity.class)
                    .getResultList();
        }
    }

    /**
     * Every author with its reviews (same database) in two statements: the authors, then their reviews by batch
     * fetching, a thousand authors' collections per statement, in a read-only session.
     */
    public List<AuthorEntity> authorsWithReviewsBatchFetch() {
        try (Session session = parents.openSession()) {
            session.setDefaultReadOnly(true);
            List<AuthorEntity> authors =
                    session.createSelectionQuery("from AuthorEntity", AuthorEntity.class).getResultList();
            authors.forEach(author -> Hibernate.initialize(author.getReviews()));
            return authors;
        }
    }

    /** Inserts books in JDBC batches in one transaction; the pooled sequence generator assigns their ids. */
    public void insertBooks(List<BookEntity> books) {
        insertAll(children, books);
    }

    /** Inserts reviews in JDBC batches in one transaction. */
    public void insertReviews(List<ReviewEntity> reviews) {
        insertAll(parents, reviews);
    }

    private static void insertAll(SessionFactory factory, List<?> entities) {
        try (StatelessSession session = factory.openStatelessSession()) {
            session.setJdbcBatchSize(SessionFactories.BATCH_SIZE);
            Transaction transaction = session.beginTransaction();
            try {
                session.insertMultiple(entities);
                transaction.commit();
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        }
    }

    private void loadBooks(List<AuthorEntity> authors) {
        Map<Long, AuthorEntity> byId = new LinkedHashMap<>();
        for (AuthorEntity author : authors) {
            author.setBooks(new ArrayList<>());
            byId.put(author.getId(), author);
        }
        try (StatelessSession session = children.openStatelessSession()) {
            for (List<Long> chunk : chunks(byId.keySet())) {
                session.createSelectionQuery("from BookEntity b where b.authorId in :ids order by b.id",
                                BookEntity.class)
                        .setParameterList("ids", chunk)
                        .getResultList()
                        .forEach(book -> {
                            AuthorEntity author = byId.get(book.getAuthorId());
                            book.setAuthor(author);
                            author.getBooks().add(book);
                        });
            }
        }
    }

    /**
     * Keys in lists of at most {@link SessionFactories#BATCH_SIZE}, as Hibernate's own batch fetching sends them:
     * one {@code IN} query per thousand parents, whose text repeats.
     */
    private static List<List<Long>> chunks(Collection<Long> keys) {
        List<Long> all = new ArrayList<>(keys);
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SessionFactories.BATCH_SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SessionFactories.BATCH_SIZE)));
        }
        return chunks;
    }

    /** Closes the session factories (not the pools, which belong to the benchmark's databases). */
    @Override
    public void close() {
        try {
            children.close();
        } finally {
            parents.close();
        }
    }
}
