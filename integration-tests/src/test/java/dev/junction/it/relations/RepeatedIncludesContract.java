package dev.junction.it.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.it.support.StatementLog;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Calling the same {@code withX} twice on one query gives one load step: the relation is queried once per level,
 * the later call's condition, order and limit win (a later call without a customizer has none, so it loads all),
 * the nested loads of every call are merged recursively, and the step stays where the first call put it.
 */
abstract class RepeatedIncludesContract extends SeededRelations {

    @Test
    void aRepeatedHasManyIsQueriedOnceAndKeepsTheNestedLoadsOfTheFirstCall() {
        List<User> users;
        try (StatementLog statements = StatementLog.start()) {
            users = UserQueries.findAll().withPosts(p -> p.withComments()).withPosts().orderBy(UserTable.ID).all();
            assertEquals(Map.of("default", 1, "secondary", 1, "tertiary", 1), statements.perConnection(),
                    () -> "one query per relation per level: " + statements.sql());
        }
        User loadedAlice = users.get(0);
        assertEquals(List.of("a1", "a2", "a3"), titles(loadedAlice.posts()));
        assertEquals(List.of("b1"), titles(users.get(1).posts()));
        for (Post post : loadedAlice.posts()) {
            assertSame(loadedAlice, post.user());
        }
        try (StatementLog statements = StatementLog.start()) {
            assertEquals(Set.of("nice", "meh"), bodies(PostRelations.comments(withTitle(loadedAlice.posts(), "a2"))));
            assertEquals(Set.of(), bodies(PostRelations.comments(withTitle(loadedAlice.posts(), "a1"))));
            assertEquals(Set.of("first"), bodies(PostRelations.comments(users.get(1).posts().get(0))));
            assertEquals(0, statements.count(), () -> "the comments the first call asked for were loaded with the"
                    + " merged step, so the lazy accessor runs nothing: " + statements.sql());
        }
    }

    @Test
    void aRepeatedBelongsToIsQueriedOnceAndKeepsTheNestedLoadsOfTheFirstCall() {
        List<Post> posts;
        try (StatementLog statements = StatementLog.start()) {
            posts = PostQueries.findAll().withUser(u -> u.withProfile()).withUser().orderBy(PostTable.TITLE).all();
            assertEquals(Map.of("default", 1, "secondary", 2), statements.perConnection(),
                    () -> "posts, their users once, the users' profiles once: " + statements.sql());
        }
        User loadedAlice = withTitle(posts, "a1").user();
        assertEquals("alice", loadedAlice.username());
        assertSame(loadedAlice, withTitle(posts, "a3").user(), "the posts of one user share its instance");
        try (StatementLog statements = StatementLog.start()) {
            assertEquals("writes a lot", UserRelations.profile(loadedAlice).orElseThrow().getBio());
            assertTrue(UserRelations.profile(withTitle(posts, "b1").user()).isEmpty());
            assertEquals(0, statements.count(), () -> "the profiles were loaded: " + statements.sql());
        }
    }

    @Test
    void theLaterCallsConditionOrderAndLimitWin() {
        try (StatementLog statements = StatementLog.start()) {
            List<User> users = UserQueries.findAll()
                    .withPosts(p -> p.where(PostTable.LIKES.lt(5)))
                    .withPosts(p -> p.orderBy(PostTable.LIKES.desc()).limit(1))
                    .orderBy(UserTable.ID).all();
            assertEquals(List.of("a2"), titles(users.get(0).posts()),
                    "the later limit and order apply, and the earlier condition (which keeps only a1) does not");
            assertEquals(List.of("b1"), titles(users.get(1).posts()));
            assertEquals(List.of(), titles(users.get(2).posts()));
            assertEquals(Map.of("default", 1, "secondary", 1), statements.perConnection(),
                    () -> String.valueOf(statements.sql()));
        }
        try (StatementLog statements = StatementLog.start()) {
            List<User> users = UserQueries.findAll()
                    .withPosts()
                    .withPosts(p -> p.where(PostTable.TITLE.ne("a2")).orderBy(PostTable.TITLE.desc()))
                    .orderBy(UserTable.ID).all();
            assertEquals(List.of("a3", "a1"), titles(users.get(0).posts()), "the later condition and order apply");
            assertEquals(Map.of("default", 1, "secondary", 1), statements.perConnection(),
                    () -> String.valueOf(statements.sql()));
        }
    }

    @Test
    void aLaterCallWithoutACustomizerLoadsAll() {
        try (StatementLog statements = StatementLog.start()) {
            List<User> users = UserQueries.findAll()
                    .withPosts(p -> p.where(PostTable.LIKES.ge(5)).orderBy(PostTable.TITLE.desc()).limit(1))
                    .withPosts()
                    .orderBy(UserTable.ID).all();
            assertEquals(List.of("a1", "a2", "a3"), titles(users.get(0).posts()),
                    "no condition, no limit, the default order by id");
            assertEquals(Map.of("default", 1, "secondary", 1), statements.perConnection(),
                    () -> String.valueOf(statements.sql()));
        }
    }

    @Test
    void theNestedLoadsOfBothCallsAreMergedWithOneStatementEach() {
        List<Post> posts;
        try (StatementLog statements = StatementLog.start()) {
            posts = PostQueries.findAll().withUser(u -> u.withPosts()).withUser(u -> u.withProfile())
                    .orderBy(PostTable.TITLE).all();
            assertEquals(Map.of("default", 1, "secondary", 3), statements.perConnection(),
                    () -> "posts, users, the users' posts and their profiles, one statement each: "
                            + statements.sql());
        }
        User loadedAlice = withTitle(posts, "a2").user();
        try (StatementLog statements = StatementLog.start()) {
            assertEquals(List.of("a1", "a2", "a3"), titles(UserRelations.posts(loadedAlice)));
            assertEquals("writes a lot", UserRelations.profile(loadedAlice).orElseThrow().getBio());
            assertEquals(List.of("b1"), titles(UserRelations.posts(withTitle(posts, "b1").user())));
            assertEquals(0, statements.count(), () -> "both nested loads ran: " + statements.sql());
        }
    }

    @Test
    void nestedShapesMergeRecursivelyAndTheLaterOneWinsAtEachLevel() {
        List<User> users;
        try (StatementLog statements = StatementLog.start()) {
            users = UserQueries.findAll()
                    .withPosts(p -> p.where(PostTable.LIKES.gt(100)).withComments(c -> c.withReactions()))
                    .withPosts(p -> p.withComments(c -> c.where(CommentTable.BODY.ne("meh"))))
                    .orderBy(UserTable.ID).all();
            assertEquals(Map.of("default", 1, "secondary", 1, "tertiary", 2), statements.perConnection(),
                    () -> "users, posts, comments and reactions, one statement each: " + statements.sql());
        }
        assertEquals(List.of("a1", "a2", "a3"), titles(users.get(0).posts()),
                "the later posts call has no condition");
        Post a2 = withTitle(users.get(0).posts(), "a2");
        try (StatementLog statements = StatementLog.start()) {
            assertEquals(Set.of("nice"), bodies(PostRelations.comments(a2)), "the later comments condition");
            Comment nice = a2.comments().iterator().next();
            assertEquals(1, CommentRelations.reactions(nice).size(), "the first call's reactions were kept");
            assertSame(nice, nice.reactions().get(0).comment());
            assertEquals(0, statements.count(), () -> String.valueOf(statements.sql()));
        }
    }

    @Test
    void theMergedStepStaysWhereTheFirstCallPutIt() {
        try (StatementLog statements = StatementLog.start()) {
            List<User> users = UserQueries.findAll()
                    .withPosts()
                    .withProfile()
                    .withPosts(p -> p.where(PostTable.LIKES.gt(1)))
                    .orderBy(UserTable.ID).all();
            assertEquals(List.of("a2", "a3"), titles(UserRelations.posts(users.get(0))));
            assertEquals("writes a lot", UserRelations.profile(users.get(0)).orElseThrow().getBio());
            assertEquals(Map.of("default", 1, "secondary", 2), statements.perConnection(),
                    () -> String.valueOf(statements.sql()));
            List<String> secondary = statements.sql("secondary");
            assertTrue(secondary.get(0).contains("rel_posts") && secondary.get(1).contains("rel_profiles"),
                    () -> "posts first, where the first withPosts put them, then the profile: " + secondary);
        }
        try (StatementLog statements = StatementLog.start()) {
            PostQueries.findAll()
                    .withUser(u -> u.withPosts().withProfile().withPosts(p -> p.where(PostTable.LIKES.gt(1))))
                    .all();
            assertEquals(Map.of("default", 1, "secondary", 3), statements.perConnection(),
                    () -> String.valueOf(statements.sql()));
            List<String> secondary = statements.sql("secondary");
            assertTrue(secondary.get(1).contains("rel_posts") && secondary.get(2).contains("rel_profiles"),
                    () -> "at the second level too: " + secondary);
        }
    }

    @Test
    void repeatedIncludesInsideALoadersCustomizerMergeToo() {
        List<User> users = UserQueries.findAll().orderBy(UserTable.ID).all();
        try (StatementLog statements = StatementLog.start()) {
            UserLoader.loadPosts(users, p -> p.withComments().withComments(c -> c.where(CommentTable.BODY.ne("meh"))));
            assertEquals(Set.of("nice"), bodies(PostRelations.comments(withTitle(users.get(0).posts(), "a2"))));
            assertEquals(Map.of("secondary", 1, "tertiary", 1), statements.perConnection(),
                    () -> "the lazy accessor ran nothing more: " + statements.sql());
        }
    }

    @Test
    void firstAndStreamMergeRepeatedIncludesToo() {
        try (StatementLog statements = StatementLog.start()) {
            User first = UserQueries.findAll().withPosts(p -> p.withComments()).withPosts()
                    .orderBy(UserTable.ID).first().orElseThrow();
            assertEquals(List.of("a1", "a2", "a3"), titles(UserRelations.posts(first)));
            assertEquals(Set.of("nice", "meh"), bodies(PostRelations.comments(withTitle(first.posts(), "a2"))));
            assertEquals(Map.of("default", 1, "secondary", 1, "tertiary", 1), statements.perConnection(),
                    () -> "the lazy accessors ran nothing more: " + statements.sql());
        }
        try (StatementLog statements = StatementLog.start();
                Stream<User> stream = UserQueries.findAll().withPosts(p -> p.withComments()).withPosts()
                        .orderBy(UserTable.ID).stream()) {
            List<User> users = stream.toList();
            assertEquals(Set.of("first"), bodies(PostRelations.comments(UserRelations.posts(users.get(1)).get(0))));
            assertEquals(Map.of("default", 1, "secondary", 1, "tertiary", 1), statements.perConnection(),
                    () -> "the lazy accessors ran nothing more: " + statements.sql());
        }
    }
}
