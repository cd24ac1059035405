package dev.junction.it.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.junction.it.support.StatementLog;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every read an eager load does for a connection with a transaction open on the calling thread goes through that
 * transaction, at every level: it sees the uncommitted rows, and with pools of one connection it never waits for
 * a second one.
 */
abstract class LoadsInTransactionContract extends SeededRelations {

    @Test
    void theSecondAndThirdLevelsReadThroughTheTransactionOfTheirConnection() {
        Post a1 = post("a1");
        CommentQueries.transaction(() -> {
            Comment fresh = CommentQueries.insert(new Comment(a1.id, "fresh"));
            ReactionQueries.insert(new Reaction(fresh.id, "wow"));
            try (StatementLog statements = StatementLog.start()) {
                List<User> users = UserQueries.findAll()
                        .withPosts(p -> p.withComments(c -> c.withReactions()))
                        .withProfile()
                        .orderBy(UserTable.ID).all();
                Set<Comment> comments = PostRelations.comments(withTitle(UserRelations.posts(users.get(0)), "a1"));
                assertEquals(Set.of("fresh"), bodies(comments), "the second level saw the uncommitted comment");
                assertEquals(List.of("wow"), emojis(CommentRelations.reactions(comments.iterator().next())),
                        "the third level saw the uncommitted reaction");
                assertEquals(Map.of("default", 1, "secondary", 2, "tertiary", 2), statements.perConnection(),
                        () -> String.valueOf(statements.sql()));
            }
            assertEquals(0, committedRows("tertiary", "rel_comments", "body", "fresh"), "still uncommitted");
        });
        assertEquals(1, committedRows("tertiary", "rel_comments", "body", "fresh"));
        assertEquals(1, committedRows("tertiary", "rel_reactions", "emoji", "wow"));
    }

    @Test
    void withTransactionsOnEveryConnectionEveryLevelReadsThroughItsOwn() {
        UserQueries.transaction(() -> PostQueries.transaction(() -> CommentQueries.transaction(() -> {
            User dora = UserQueries.insert(new User("dora"));
            Post d1 = PostQueries.insert(new Post(dora.id, "d1", 4));
            Comment hello = CommentQueries.insert(new Comment(d1.id, "hello"));
            ReactionQueries.insert(new Reaction(hello.id, "wave"));
            ProfileQueries.insert(new Profile(dora.id, "new here"));
            try (StatementLog statements = StatementLog.start()) {
                User loaded = UserQueries.where(UserTable.USERNAME.eq("dora"))
                        .withPosts(p -> p.withComments(c -> c.withReactions()))
                        .withProfile()
                        .first().orElseThrow();
                Post loadedD1 = UserRelations.posts(loaded).get(0);
                Comment loadedHello = PostRelations.comments(loadedD1).iterator().next();
                assertEquals("hello", loadedHello.body());
                assertEquals(List.of("wave"), emojis(CommentRelations.reactions(loadedHello)));
                assertEquals("new here", UserRelations.profile(loaded).orElseThrow().getBio());
                assertEquals(Map.of("default", 1, "secondary", 2, "tertiary", 2), statements.perConnection(),
                        () -> String.valueOf(statements.sql()));
                statements.clear();

                Post fromPosts = PostQueries.where(PostTable.TITLE.eq("d1"))
                        .withUser(u -> u.withProfile())
                        .withComments(c -> c.withReactions())
                        .first().orElseThrow();
                assertEquals("new here", UserRelations.profile(PostRelations.user(fromPosts).orElseThrow())
                        .orElseThrow().getBio());
                assertEquals(Set.of("hello"), bodies(PostRelations.comments(fromPosts)));
                assertEquals(Map.of("default", 1, "secondary", 2, "tertiary", 2), statements.perConnection(),
                        () -> String.valueOf(statements.sql()));
                statements.clear();

                User plain = UserQueries.findById(dora.id).orElseThrow();
                UserLoader.loadPosts(List.of(plain), p -> p.withComments());
                assertEquals(Set.of("hello"), bodies(PostRelations.comments(UserRelations.posts(plain).get(0))));
                assertEquals(Map.of("default", 1, "secondary", 1, "tertiary", 1), statements.perConnection(),
                        () -> String.valueOf(statements.sql()));
            }
            assertEquals(0, committedRows("default", "rel_users", "username", "dora"), "still uncommitted");
            assertEquals(0, committedRows("secondary", "rel_posts", "title", "d1"));
            assertEquals(0, committedRows("tertiary", "rel_comments", "body", "hello"));
        })));
        assertEquals(1, committedRows("default", "rel_users", "username", "dora"));
        assertEquals(1, committedRows("secondary", "rel_posts", "title", "d1"));
        assertEquals(1, committedRows("tertiary", "rel_comments", "body", "hello"));
    }

    @Test
    void aStreamLoadsEachBatchThroughTheTransaction() {
        PostQueries.transaction(() -> {
            PostQueries.insert(new Post(carol.id, "c1", 2));
            try (StatementLog statements = StatementLog.start();
                    Stream<User> stream = UserQueries.findAll().withPosts(p -> p.withComments())
                            .orderBy(UserTable.ID).stream()) {
                List<User> users = stream.toList();
                assertEquals(List.of("c1"), titles(UserRelations.posts(users.get(2))),
                        "the uncommitted post, on the pool's only connection");
                assertEquals(Map.of("default", 1, "secondary", 1, "tertiary", 1), statements.perConnection(),
                        () -> String.valueOf(statements.sql()));
            }
        });
    }

    private static List<String> emojis(List<Reaction> reactions) {
        return reactions.stream().map(reaction -> reaction.emoji).toList();
    }
}
