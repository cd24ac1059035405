package dev.junction.it.failures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.it.relations.Comment;
import dev.junction.it.relations.CommentQueries;
import dev.junction.it.relations.Post;
import dev.junction.it.relations.PostQueries;
import dev.junction.it.relations.Reaction;
import dev.junction.it.relations.ReactionQueries;
import dev.junction.it.relations.User;
import dev.junction.it.relations.UserQueries;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.DirectJdbc;
import dev.junction.it.support.PoolProbe;
import dev.junction.it.support.ProxiedConnections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Eager loads of many threads at once, where one database is the bottleneck: its pool is exhausted, or it is slow.
 * A load waits only for the databases it needs (DESIGN, "Semantics" 2 and 4): a thread's loads never queue behind
 * other threads' loads on another database, so a transaction that holds a pool's only connection finishes its own
 * loads at once, and a slow database delays only the loads that read from it.
 *
 * <p>The models are those of {@code it.relations}: User on "default", Post on "secondary", Comment and Reaction on
 * "tertiary", every connection through a {@link dev.junction.it.support.FaultProxy}. The number of other threads
 * is at least eight and more than the processors, so that any pool of loader threads sized by the processors is
 * full.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConcurrentLoadContract {

    private static final int OTHER_THREADS = Math.max(8, Runtime.getRuntime().availableProcessors() + 2);
    /** How long the slow database takes for each answer. */
    private static final Duration SLOW_RESPONSE = Duration.ofSeconds(1);
    /** How long loads that do not need the slow database may take while it is busy. */
    private static final Duration FAST_ENOUGH = SLOW_RESPONSE.dividedBy(2);

    private ProxiedConnections connections;
    private ExecutorService threads;

    /** The database kind of every connection. */
    abstract DatabaseKind kind();

    @BeforeAll
    void createDatabases() {
        connections = ProxiedConnections.create(kind());
    }

    @AfterAll
    void dropDatabases() {
        if (connections != null) {
            connections.close();
        }
    }

    @AfterEach
    void stopThreadsAndShutdown() throws InterruptedException {
        // Junction first: threads still waiting for a connection then fail at once instead of running on.
        connections.shutdown();
        if (threads != null) {
            threads.shutdownNow();
            assertTrue(threads.awaitTermination(20, TimeUnit.SECONDS), "the test's threads ended");
        }
        connections.clearTables();
    }

    private void startThreads(int count) {
        AtomicInteger number = new AtomicInteger();
        threads = Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, "concurrent-load-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Two users with three posts, two comments and a reaction. */
    private static void seed() {
        User alice = UserQueries.insert(new User("alice"));
        User bob = UserQueries.insert(new User("bob"));
        PostQueries.insertAll(List.of(new Post(alice.id(), "a1", 1), new Post(alice.id(), "a2", 2),
                new Post(bob.id(), "b1", 3)));
        Post a1 = PostQueries.findByTitle("a1").orElseThrow();
        Post b1 = PostQueries.findByTitle("b1").orElseThrow();
        CommentQueries.insertAll(List.of(new Comment(a1.id(), "first"), new Comment(b1.id(), "second")));
        ReactionQueries.insert(new Reaction(CommentQueries.findByBody("first").orElseThrow().id(), "+1"));
    }

    /** Every post with its user (on "default") and its comments (on "tertiary"), checked. */
    private static List<Post> postsWithUsersAndComments() {
        List<Post> posts = PostQueries.findAll().withUser().withComments().all();
        assertEquals(3, posts.size());
        posts.forEach(post -> assertTrue(post.user() != null && post.comments() != null, "loaded: " + post.title()));
        return posts;
    }

    /**
     * Gives the other threads time to get as far as they can: waiting for the pool, or queued somewhere. Well within
     * the pool's connection timeout, so that none of them gives up while the transaction holds the connection.
     */
    private static void letThemPileUp(PoolProbe pool) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (pool.waiting() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(300);
    }

    @Test
    void transactionHoldingThePoolsOnlyConnectionIsNotStarvedByLoadsWaitingForIt() throws Exception {
        connections.configure(1, Duration.ofSeconds(3));
        seed();
        startThreads(OTHER_THREADS + 1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        long[] loadStarted = new long[1];
        Callable<Long> holder = () -> {
            UserQueries.transaction(() -> {
                UserQueries.insert(new User("holder"));
                holding.countDown();
                go.await();
                loadStarted[0] = System.nanoTime();
                postsWithUsersAndComments();
            });
            return (System.nanoTime() - loadStarted[0]) / 1_000_000;
        };

        Future<Long> transaction = threads.submit(holder);
        assertTrue(holding.await(10, TimeUnit.SECONDS), "the transaction holds default's only connection");
        List<Future<List<Post>>> others = new ArrayList<>();
        for (int i = 0; i < OTHER_THREADS; i++) {
            others.add(threads.submit(ConcurrentLoadContract::postsWithUsersAndComments));
        }
        letThemPileUp(connections.pool("default"));
        go.countDown();

        long millis;
        try {
            millis = transaction.get(2, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("The transaction's loads waited behind " + OTHER_THREADS + " other threads'"
                    + " loads, which wait for the connection that transaction holds: not done after 2 s", e);
        }
        assertTrue(millis < 1000, "the transaction loaded and committed in " + millis + " ms");
        for (Future<List<Post>> other : others) {
            other.get(10, TimeUnit.SECONDS);
        }
        assertEquals(3, DirectJdbc.count(connections.database("default"), "rel_users"), "the transaction committed");
        connections.assertNoConnectionInUse();
    }

    @Test
    void slowDatabaseDelaysOnlyTheLoadsThatReadFromIt() throws Exception {
        connections.configure(OTHER_THREADS, Duration.ofSeconds(10));
        seed();
        PoolProbe slowPool = connections.pool("default");
        slowPool.await("every connection open", pool -> pool.total() == OTHER_THREADS, Duration.ofSeconds(10));
        connections.proxy("default").setResponseDelay(SLOW_RESPONSE);
        startThreads(OTHER_THREADS + 1);

        List<Future<List<Post>>> slow = new ArrayList<>();
        for (int i = 0; i < OTHER_THREADS; i++) {
            slow.add(threads.submit(ConcurrentLoadContract::postsWithUsersAndComments));
        }
        slowPool.await("a statement running on the slow database", pool -> pool.active() > 0, Duration.ofSeconds(5));
        Future<List<Comment>> fast = threads.submit(() -> CommentQueries.findAll().withPost().withReactions().all());

        List<Comment> comments;
        try {
            comments = fast.get(FAST_ENOUGH.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("Loads that do not touch the slow database were not done after "
                    + FAST_ENOUGH.toMillis() + " ms, while " + OTHER_THREADS + " threads waited for it", e);
        }
        assertTrue(slow.stream().anyMatch(future -> !future.isDone()),
                "the loads that need the slow database were still running");
        assertEquals(2, comments.size());
        comments.forEach(comment -> assertTrue(comment.post() != null && comment.reactions() != null));
        for (Future<List<Post>> future : slow) {
            future.get(30, TimeUnit.SECONDS);
        }
        connections.proxy("default").setResponseDelay(Duration.ZERO);
        connections.assertNoConnectionInUse();
    }
}
