package dev.junction.it.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConnectionManager;
import dev.junction.CrossDatabaseWritePolicy;
import dev.junction.ModelEvent;
import dev.junction.QueryEvent;
import dev.junction.it.relations.Comment;
import dev.junction.it.relations.CommentQueries;
import dev.junction.it.relations.Post;
import dev.junction.it.relations.PostQueries;
import dev.junction.it.relations.User;
import dev.junction.it.relations.UserQueries;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestConnections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One runtime object holds all of Junction's state, and {@code shutdown()} disposes of it: no loader thread, query
 * listener, write policy or replica fallback survives, and the next configuration starts clean.
 */
class RuntimeLifecycleTest {

    private TestConnections connections;

    @AfterEach
    void close() {
        if (connections != null) {
            connections.close();
        }
        ConnectionManager.shutdown();
    }

    private static List<Thread> loaderThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("junction-loader-") && t.isAlive()).toList();
    }

    /** Posts on 'secondary' with their user on 'default' and comments on 'tertiary': siblings on two databases. */
    private static void loadSiblings() {
        User alice = UserQueries.insert(new User("alice"));
        Post post = PostQueries.insert(new Post(alice.id(), "a1", 1));
        CommentQueries.insert(new Comment(post.id(), "nice"));
        List<Post> posts = PostQueries.withUser().withComments().all();
        assertEquals("alice", posts.get(0).user().username());
        assertEquals(1, posts.get(0).comments().size());
    }

    @Test
    void shutdownEndsTheLoaderThreadsAndForgetsListenersPoliciesAndFallback() throws InterruptedException {
        List<QueryEvent> heard = new CopyOnWriteArrayList<>();
        ConnectionManager.addQueryListener(heard::add);
        List<ModelEvent<User>> written = new CopyOnWriteArrayList<>();
        ConnectionManager.addModelListener(User.class, written::add);
        ConnectionManager.setCrossDatabaseWritePolicy(CrossDatabaseWritePolicy.FAIL);
        ConnectionManager.setReadReplicaFallback(true);
        connections = TestConnections.on(DatabaseKind.H2).open();
        assertEquals(CrossDatabaseWritePolicy.FAIL, ConnectionManager.crossDatabaseWritePolicy(),
                "settings given before configure apply to it");
        loadSiblings();
        assertFalse(heard.isEmpty(), "a listener added before configure hears its statements");
        assertFalse(written.isEmpty(), "a model listener added before configure hears its writes");
        assertFalse(loaderThreads().isEmpty(), "the sibling on another database loaded on a loader thread");

        connections.close();
        connections = null;

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!loaderThreads().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(List.of(), loaderThreads(), "shutdown ends every loader thread");
        assertEquals(CrossDatabaseWritePolicy.WARN, ConnectionManager.crossDatabaseWritePolicy());
        assertFalse(ConnectionManager.readReplicaFallback());

        int before = heard.size();
        int writtenBefore = written.size();
        connections = TestConnections.on(DatabaseKind.H2).open();
        UserQueries.count();
        UserQueries.insert(new User("after"));
        assertEquals(before, heard.size(), "a listener of the runtime that was shut down hears nothing");
        assertEquals(writtenBefore, written.size(), "nor does a model listener");
    }

    @Test
    void aFreshRuntimeAfterShutdownWorksLikeTheFirst() {
        for (int round = 0; round < 3; round++) {
            connections = TestConnections.on(DatabaseKind.H2).open();
            loadSiblings();
            assertTrue(UserQueries.findByUsername("alice").isPresent());
            connections.close();
            connections = null;
        }
    }
}
