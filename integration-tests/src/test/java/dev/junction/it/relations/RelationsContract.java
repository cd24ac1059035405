package dev.junction.it.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.JunctionException;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.StatementLog;
import dev.junction.it.support.TestConnections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Relations across databases: User on "default", Post and Profile on "secondary", Comment and Reaction on
 * "tertiary". Each subclass binds those names to real databases.
 */
abstract class RelationsContract {

    /** The databases behind "default", "secondary" and "tertiary". */
    protected abstract TestConnections.Builder databases();

    private TestConnections connections;

    /** Configures the three connections on fresh databases, with that pool size on each. */
    private void open(int poolSize) {
        connections = databases().pool("maximumPoolSize", poolSize).pool("connectionTimeout", 2000).open();
    }

    private void close() {
        connections.close();
    }

    /** Whether the database behind that connection takes key lists as one array parameter (PostgreSQL). */
    private boolean usesArrayParameter(String connection) {
        return connections.database(connection).kind() == DatabaseKind.POSTGRESQL;
    }

    protected User alice;
    protected User bob;
    protected User carol;

    @BeforeEach
    void setUp() {
        open(4);
        seed();
    }

    @AfterEach
    void tearDown() {
        close();
    }

    private void seed() {
        alice = UserQueries.insert(new User("alice"));
        bob = UserQueries.insert(new User("bob"));
        carol = UserQueries.insert(new User("carol")); // no posts
        PostQueries.insertAll(List.of(
                new Post(alice.id, "a1", 1), new Post(alice.id, "a2", 9), new Post(alice.id, "a3", 5),
                new Post(bob.id, "b1", 7), new Post(null, "anonymous", 0), new Post(999_999L, "orphan", 3)));
        Post a2 = PostQueries.findByTitle("a2").orElseThrow();
        Post b1 = PostQueries.findByTitle("b1").orElseThrow();
        CommentQueries.insertAll(List.of(new Comment(a2.id, "nice"), new Comment(a2.id, "meh"),
                new Comment(b1.id, "first")));
        Comment nice = CommentQueries.findByBody("nice").orElseThrow();
        ReactionQueries.insert(new Reaction(nice.id(), "+1"));
        ProfileQueries.insert(new Profile(alice.id, "writes a lot"));
    }

    @Test
    void eagerHasManyRunsOneQueryPerDatabaseAndFillsTheInverse() {
        List<User> users;
        try (StatementLog statements = StatementLog.start()) {
            users = UserQueries.withPosts().orderBy(UserTable.USERNAME).all();
            assertEquals(Map.of("default", 1, "secondary", 1), statements.perConnection());
        }
        assertEquals(List.of("alice", "bob", "carol"), users.stream().map(User::username).toList());
        assertEquals(List.of("a1", "a2", "a3"), titles(users.get(0).posts()));
        assertEquals(List.of("b1"), titles(users.get(1).posts()));
        assertEquals(List.of(), users.get(2).posts(), "a user without posts gets an empty, loaded list");
        for (User user : users) {
            for (Post post : user.posts()) {
                assertSame(user, post.user(), "inverseOf sets the very same parent instance");
            }
        }
        try (StatementLog statements = StatementLog.start()) {
            UserRelations.posts(users.get(2));
            PostRelations.user(users.get(0).posts().get(0));
            assertEquals(0, statements.count(), "eagerly loaded relations and their inverses run no query");
        }
    }

    @Test
    void emptyParentListRunsNoChildQuery() {
        try (StatementLog statements = StatementLog.start()) {
            List<User> none = UserQueries.withPosts().where(DSL.falseCondition()).all();
            assertTrue(none.isEmpty());
            assertEquals(Map.of("default", 1), statements.perConnection());
            UserLoader.loadPosts(List.of());
            assertEquals(1, statements.count());
        }
    }

    @Test
    void lazyHasManyQueriesOnceAndCaches() {
        User user = UserQueries.findById(alice.id).orElseThrow();
        try (StatementLog statements = StatementLog.start()) {
            List<Post> posts = UserRelations.posts(user);
            assertEquals(List.of("a1", "a2", "a3"), titles(posts));
            assertEquals(Map.of("secondary", 1), statements.perConnection());
            assertSame(posts, UserRelations.posts(user));
            assertSame(user, posts.get(0).user());
            assertSame(user, PostRelations.user(posts.get(1)).orElseThrow());
            assertEquals(1, statements.count(), "the second call and the inverse run no query");
        }
        User withoutPosts = UserQueries.findById(carol.id).orElseThrow();
        try (StatementLog statements = StatementLog.start()) {
            assertTrue(UserRelations.posts(withoutPosts).isEmpty());
            assertTrue(UserRelations.posts(withoutPosts).isEmpty());
            assertEquals(1, statements.count(), "an empty result is cached too");
        }
        try (StatementLog statements = StatementLog.start()) {
            assertTrue(UserRelations.posts(new User("unsaved")).isEmpty());
            assertEquals(0, statements.count(), "a user without id has no posts, without a query");
        }
    }

    @Test
    void lazyBelongsToQueriesOnceCachesMissesAndSkipsNullKeys() {
        Post post = PostQueries.findByTitle("b1").orElseThrow();
        Post anonymous = PostQueries.findByTitle("anonymous").orElseThrow();
        Post orphan = PostQueries.findByTitle("orphan").orElseThrow();
        try (StatementLog statements = StatementLog.start()) {
            assertEquals("bob", PostRelations.user(post).orElseThrow().username());
            assertEquals(Map.of("default", 1), statements.perConnection());
            PostRelations.user(post);
            assertEquals(1, statements.count());

            assertTrue(PostRelations.user(anonymous).isEmpty());
            assertEquals(1, statements.count(), "a null foreign key runs no query");

            assertTrue(PostRelations.user(orphan).isEmpty());
            assertTrue(PostRelations.user(orphan).isEmpty());
            assertEquals(2, statements.count(), "an orphan runs one query, and its empty result is cached");
        }
    }

    @Test
    void eagerBelongsToSharesOneParentInstanceAndCachesOrphans() {
        List<Post> posts;
        try (StatementLog statements = StatementLog.start()) {
            posts = PostQueries.withUser().orderBy(PostTable.TITLE).all();
            assertEquals(Map.of("default", 1, "secondary", 1), statements.perConnection());
        }
        Map<String, Post> byTitle = posts.stream().collect(Collectors.toMap(Post::title, p -> p));
        assertSame(byTitle.get("a1").user(), byTitle.get("a2").user(), "children of one parent share its instance");
        assertSame(byTitle.get("a1").user(), byTitle.get("a3").user());
        assertEquals("bob", byTitle.get("b1").user().username());
        assertNull(byTitle.get("orphan").user());
        assertNull(byTitle.get("anonymous").user());
        try (StatementLog statements = StatementLog.start()) {
            assertTrue(PostRelations.user(byTitle.get("orphan")).isEmpty());
            assertTrue(PostRelations.user(byTitle.get("anonymous")).isEmpty());
            assertEquals(0, statements.count(), "orphans and null keys loaded eagerly are cached as empty");
        }
    }

    @Test
    void nestedEagerLoadAcrossThreeDatabasesRunsOneQueryPerLevel() {
        List<User> users;
        try (StatementLog statements = StatementLog.start()) {
            users = UserQueries.withPosts(p -> p.withComments(c -> c.withReactions())).orderBy(UserTable.ID).all();
            assertEquals(Map.of("default", 1, "secondary", 1, "tertiary", 2), statements.perConnection());
        }
        Post a2 = users.get(0).posts().stream().filter(p -> p.title().equals("a2")).findFirst().orElseThrow();
        assertEquals(Set.of("nice", "meh"), a2.comments().stream().map(Comment::body).collect(Collectors.toSet()));
        for (Comment comment : a2.comments()) {
            assertSame(a2, comment.post());
        }
        Comment nice = a2.comments().stream().filter(c -> c.body().equals("nice")).findFirst().orElseThrow();
        assertEquals(1, nice.reactions().size());
        assertSame(nice, nice.reactions().get(0).comment());
        Post a1 = users.get(0).posts().get(0);
        assertEquals(Set.of(), a1.comments(), "a post without comments gets an empty, loaded set");
    }

    @Test
    void nestedEagerLoadHonoursConditionsAtEachLevel() {
        List<User> users = UserQueries.withPosts(p -> p.where(PostTable.LIKES.ge(5))
                        .withComments(c -> c.where(CommentTable.BODY.ne("meh"))))
                .orderBy(UserTable.ID).all();
        assertEquals(List.of("a2", "a3"), titles(users.get(0).posts()));
        Post a2 = users.get(0).posts().get(0);
        assertEquals(List.of("nice"), a2.comments().stream().map(Comment::body).toList());
        assertEquals(List.of("b1"), titles(users.get(1).posts()));
    }

    @Test
    void limitAppliesPerParent() {
        List<User> users;
        try (StatementLog statements = StatementLog.start()) {
            users = UserQueries.withPosts(p -> p.orderBy(PostTable.LIKES.desc()).limit(2))
                    .orderBy(UserTable.ID).all();
            assertEquals(Map.of("default", 1, "secondary", 1), statements.perConnection());
        }
        assertEquals(List.of("a2", "a3"), titles(users.get(0).posts()), "the two most liked of alice's three");
        assertEquals(List.of("b1"), titles(users.get(1).posts()));
        assertEquals(List.of(), users.get(2).posts());

        List<User> skipped = UserQueries.withPosts(p -> p.orderBy(PostTable.LIKES.desc()).offset(1).limit(1))
                .orderBy(UserTable.ID).all();
        assertEquals(List.of("a3"), titles(skipped.get(0).posts()), "offset applies per parent too");
        assertEquals(List.of(), skipped.get(1).posts());
    }

    @Test
    void hasOneLoadsEagerlyAndLazilyWithItsInverse() {
        List<User> users;
        try (StatementLog statements = StatementLog.start()) {
            users = UserQueries.withProfile().orderBy(UserTable.ID).all();
            assertEquals(Map.of("default", 1, "secondary", 1), statements.perConnection());
        }
        Profile profile = users.get(0).profile();
        assertEquals("writes a lot", profile.getBio());
        assertSame(users.get(0), profile.getUser());
        assertNull(users.get(1).profile());
        try (StatementLog statements = StatementLog.start()) {
            assertTrue(UserRelations.profile(users.get(1)).isEmpty());
            assertEquals(0, statements.count(), "a missing one-to-one is cached after eager loading");
        }
        User fresh = UserQueries.findById(alice.id).orElseThrow();
        try (StatementLog statements = StatementLog.start()) {
            Profile lazy = UserRelations.profile(fresh).orElseThrow();
            assertSame(fresh, lazy.getUser());
            UserRelations.profile(fresh);
            assertEquals(Map.of("secondary", 1), statements.perConnection());
        }
        Profile alone = ProfileQueries.findAll().first().orElseThrow();
        assertEquals("alice", ProfileRelations.user(alone).orElseThrow().username());
        assertSame(alone, alone.getUser().profile(), "BelongsTo fills its HasOne inverse");
    }

    @Test
    void loaderFillsAListAlreadyHeld() {
        List<User> users = UserQueries.findAll().orderBy(UserTable.ID).all();
        try (StatementLog statements = StatementLog.start()) {
            UserLoader.loadPosts(users, p -> p.where(PostTable.TITLE.ne("a1")));
            UserLoader.loadProfile(users);
            assertEquals(Map.of("secondary", 2), statements.perConnection());
        }
        assertEquals(List.of("a2", "a3"), titles(users.get(0).posts()));
        assertEquals("writes a lot", users.get(0).profile().getBio());
    }

    @Test
    void whereHasAcrossDatabasesTakesTwoSteps() {
        try (StatementLog statements = StatementLog.start()) {
            List<User> users = UserQueries.whereHasPosts(p -> p.where(PostTable.LIKES.gt(6)))
                    .orderBy(UserTable.ID).all();
            assertEquals(List.of("alice", "bob"), users.stream().map(User::username).toList());
            assertEquals(Map.of("default", 1, "secondary", 1), statements.perConnection());
        }
        assertEquals(List.of("alice"), UserQueries.whereHasPosts(p -> p.where(PostTable.TITLE.eq("a3")))
                .all().stream().map(User::username).toList());
        assertEquals(List.of(), UserQueries.whereHasPosts(p -> p.where(PostTable.TITLE.eq("nope"))).all());
        assertEquals(2, UserQueries.findAll().whereHasPosts().count());
        assertEquals(List.of("b1"), titles(PostQueries.whereHasUser(u -> u.where(UserTable.USERNAME.eq("bob"))).all()));
    }

    @Test
    void whereHasOnOneConnectionIsAnExistsSubquery() {
        try (StatementLog statements = StatementLog.start()) {
            List<Comment> comments = CommentQueries.whereHasReactions(r -> r.where(ReactionTable.EMOJI.eq("+1"))).all();
            assertEquals(List.of("nice"), comments.stream().map(Comment::body).toList());
            assertEquals(Map.of("tertiary", 1), statements.perConnection());
            assertTrue(statements.sql("tertiary").get(0).toLowerCase().contains("exists"));
        }
    }

    @Test
    void whereHasRejectsLimits() {
        JunctionException e = assertThrows(JunctionException.class,
                () -> UserQueries.whereHasPosts(p -> p.limit(1)).all());
        assertTrue(e.getMessage().contains("User.posts"), e.getMessage());
    }

    @Test
    void siblingRelationsOnDifferentDatabasesLoadConcurrently() {
        try (StatementLog statements = StatementLog.start()) {
            List<Post> posts = PostQueries.withUser().withComments().all();
            assertEquals(6, posts.size());
            assertEquals(Map.of("default", 1, "secondary", 1, "tertiary", 1), statements.perConnection());
            assertTrue(statements.threads().stream().anyMatch(t -> t.startsWith("junction-loader-")),
                    "one of the two sibling loads ran on the loader pool: " + statements.threads());
        }
    }

    @Test
    void nestedEagerLoadsCompleteWithPoolSizeOne() {
        close();
        open(1);
        seed();
        List<User> users = UserQueries.withPosts(p -> p.withComments().withUser()).withProfile().all();
        assertEquals(3, users.size());
        try (Stream<Post> posts = PostQueries.withComments().stream()) {
            assertEquals(6, posts.count());
        }
    }

    @Test
    void insideATransactionTheChildIsLoadedThroughIt() {
        close();
        open(1);
        seed();
        List<User> users = PostQueries.transaction(() -> {
            PostQueries.insert(new Post(carol.id, "c1", 2));
            return UserQueries.withPosts().orderBy(UserTable.ID).all();
        });
        assertEquals(List.of("c1"), titles(users.get(2).posts()), "the uncommitted post is seen, on the pool's only"
                + " connection");
    }

    @Test
    void streamLoadsRelationsPerBatch() {
        List<User> many = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            many.add(new User("u" + i));
        }
        UserQueries.insertAll(many);
        try (StatementLog statements = StatementLog.start(); Stream<User> users = UserQueries.withPosts().stream()) {
            List<User> all = users.toList();
            assertEquals(1203, all.size());
            assertEquals(3, all.stream().filter(u -> u.username().equals("alice")).findFirst().orElseThrow()
                    .posts().size());
            assertEquals(3, statements.count("secondary"), "one child query per batch of 500 parents");
        }
    }

    @Test
    void largeEagerLoadStaysWithinBindLimits() {
        List<User> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(new User("bulk" + i));
        }
        UserQueries.insertAll(many);
        List<Post> posts = new ArrayList<>();
        for (User user : many) {
            posts.add(new Post(user.id, "p" + user.id, 1));
        }
        PostQueries.insertAll(posts);
        List<User> loaded;
        long started = System.nanoTime();
        try (StatementLog statements = StatementLog.start()) {
            loaded = UserQueries.withPosts().where(UserTable.USERNAME.like("bulk%")).all();
            long millis = (System.nanoTime() - started) / 1_000_000;
            int expected = usesArrayParameter("secondary") ? 1 : 5;
            assertEquals(Map.of("default", 1, "secondary", expected), statements.perConnection());
            System.out.printf("%s: eager load of 5000 parents: %s in %d ms (statements: %s ms)%n",
                    getClass().getSimpleName(), statements.perConnection(), millis, statements.events().stream()
                            .map(e -> e.connection() + " " + e.elapsed().toMillis()).toList());
            if (usesArrayParameter("secondary")) {
                assertTrue(statements.sql("secondary").get(0).contains("= any(?)"), "one typed array parameter");
            }
        }
        assertEquals(5000, loaded.size());
        Set<Object> children = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (User user : loaded) {
            assertEquals(1, user.posts().size());
            assertSame(user, user.posts().get(0).user());
            children.add(user.posts().get(0));
        }
        assertEquals(5000, children.size());
        assertEquals(new HashSet<>(many.stream().map(User::id).toList()),
                loaded.stream().map(User::id).collect(Collectors.toSet()));
    }

    static List<String> titles(java.util.Collection<Post> posts) {
        return posts.stream().map(Post::title).toList();
    }
}
