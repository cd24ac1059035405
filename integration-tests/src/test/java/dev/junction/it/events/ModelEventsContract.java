package dev.junction.it.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConnectionManager;
import dev.junction.ModelEvent;
import dev.junction.ModelListener;
import dev.junction.TransactionBody;
import dev.junction.it.model.Author;
import dev.junction.it.model.AuthorQueries;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.PerClassConnections;
import dev.junction.it.support.TestConnections;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After-commit model events ({@code ConnectionManager.addModelListener}) on one database: every committed write of a
 * row is one event, after the commit, in commit order; a write that rolls back (or whose savepoint does) never is.
 */
abstract class ModelEventsContract extends PerClassConnections {

    private final List<ModelEvent<Author>> events = new CopyOnWriteArrayList<>();
    private ModelListener.Registration registration;

    /** The database this suite runs on. */
    abstract DatabaseKind kind();

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(kind());
    }

    @BeforeEach
    void listen() {
        events.clear();
        registration = ConnectionManager.addModelListener(Author.class, events::add);
    }

    @AfterEach
    void stopListening() {
        registration.close();
    }

    private List<String> seen() {
        List<String> seen = new ArrayList<>();
        for (ModelEvent<Author> event : events) {
            seen.add(event.kind() + " " + (event.model() == null ? "-" : event.model().name) + " #" + event.id()
                    + " on " + event.connection());
        }
        return seen;
    }

    @Test
    void outsideATransactionEachWriteIsAnEventRightAfterItsStatement() {
        Author ada = AuthorQueries.insert(new Author("Ada", null, 1815));
        assertEquals(List.of("INSERT Ada #" + ada.id + " on default"), seen());
        assertSame(ada, events.get(0).model(), "the instance written");

        ada.born = 1816;
        AuthorQueries.update(ada);
        Author brian = AuthorQueries.save(new Author("Brian", null, 1942));
        AuthorQueries.save(brian);
        AuthorQueries.delete(ada);
        AuthorQueries.deleteById(brian.id);
        AuthorQueries.deleteById(brian.id);
        assertEquals(List.of("INSERT Ada #" + ada.id + " on default", "UPDATE Ada #" + ada.id + " on default",
                "INSERT Brian #" + brian.id + " on default", "UPDATE Brian #" + brian.id + " on default",
                "DELETE Ada #" + ada.id + " on default", "DELETE - #" + brian.id + " on default"), seen(),
                "a delete of no row is no event");
        assertNull(events.get(5).model(), "deleteById has no instance");
    }

    @Test
    void insertAllIsOneEventPerRowInOrder() {
        List<Author> authors = List.of(new Author("A", null, 1), new Author("B", null, 2), new Author("C", null, 3));
        AuthorQueries.insertAll(authors);
        assertEquals(List.of("INSERT A #" + authors.get(0).id + " on default", "INSERT B #" + authors.get(1).id
                + " on default", "INSERT C #" + authors.get(2).id + " on default"), seen());
    }

    @Test
    void insideATransactionTheEventsComeAfterTheCommitInCommitOrder() {
        List<String> duringTheTransaction = new ArrayList<>();
        Author ada = AuthorQueries.transaction(() -> {
            Author inserted = AuthorQueries.insert(new Author("Ada", null, 1815));
            inserted.born = 1816;
            AuthorQueries.update(inserted);
            duringTheTransaction.addAll(seen());
            return inserted;
        });
        assertEquals(List.of(), duringTheTransaction, "nothing before the commit");
        assertEquals(List.of("INSERT Ada #" + ada.id + " on default", "UPDATE Ada #" + ada.id + " on default"), seen());
    }

    @Test
    void aWriteThatRollsBackIsNoEvent() {
        assertThrows(IllegalStateException.class, () -> AuthorQueries.transaction((TransactionBody) () -> {
            AuthorQueries.insert(new Author("Ghost", null, 1));
            throw new IllegalStateException("roll back");
        }));
        List<Author> authors = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            authors.add(new Author(i == 1_200 ? null : "author " + i, null, i)); // name is NOT NULL
        }
        assertThrows(RuntimeException.class, () -> AuthorQueries.insertAll(authors));
        assertEquals(List.of(), seen());
        assertEquals(0, AuthorQueries.count());
    }

    @Test
    void theWritesOfASavepointThatRollsBackAreNoEventsAndTheOthersAre() {
        Author kept = AuthorQueries.transaction(() -> {
            Author outer = AuthorQueries.insert(new Author("Kept", null, 1));
            assertThrows(IllegalStateException.class, () -> AuthorQueries.transaction((TransactionBody) () -> {
                AuthorQueries.insert(new Author("Dropped", null, 2));
                throw new IllegalStateException("roll back the savepoint");
            }));
            return outer;
        });
        assertEquals(List.of("INSERT Kept #" + kept.id + " on default"), seen());
        assertEquals(1, AuthorQueries.count());
    }

    @Test
    void aFailingListenerNeitherFailsTheWriteNorSilencesTheOthers() {
        try (ModelListener.Registration failing = ConnectionManager.addModelListener(Author.class, event -> {
            throw new IllegalStateException("listener bug");
        })) {
            Author ada = AuthorQueries.insert(new Author("Ada", null, 1815));
            assertTrue(ada.id != null);
            assertEquals(1, events.size());
            assertEquals(1, AuthorQueries.count());
        }
    }

    @Test
    void aClosedRegistrationAndAShutdownEndTheEvents() {
        registration.close();
        registration.close();
        AuthorQueries.insert(new Author("Unheard", null, 1));
        assertEquals(List.of(), seen());
        List<ModelEvent<Author>> beforeShutdown = new CopyOnWriteArrayList<>();
        ConnectionManager.addModelListener(Author.class, beforeShutdown::add);
        connections.close();
        connections = databases().open();
        AuthorQueries.insert(new Author("After", null, 1));
        assertEquals(List.of(), beforeShutdown, "the runtime's listeners do not outlive it");
    }
}
