package dev.junction.it.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.junction.it.support.StatementLog;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.junit.jupiter.api.Test;

/**
 * A {@code whereHasX} nested in a second-level {@code withX} sees the caller's uncommitted rows, also when a
 * sibling relation at the first level targets another database, so that the loader works on more than one thread.
 *
 * <p>Inside a transaction on "tertiary" a comment "fresh" is added to a1, then
 * {@code PostQueries.findAll().withUser(u -> u.withPosts(p -> p.whereHasComments(fresh))).withComments()} loads
 * each post's user and, under it, only that user's posts with a fresh comment: a1 for alice, none for bob.
 */
abstract class NestedWhereHasInTransactionContract extends SeededRelations {

    private static final Condition FRESH = CommentTable.BODY.eq("fresh");

    @Test
    void aWhereHasNestedAtTheSecondLevelSeesTheCallersUncommittedRows() {
        withPoolsOf(4);
        assertTheNestedWhereHasSeesTheUncommittedComment();
    }

    @Test
    void aWhereHasNestedAtTheSecondLevelUsesTheTransactionsConnectionWithPoolsOfOne() {
        assertTheNestedWhereHasSeesTheUncommittedComment();
    }

    private void assertTheNestedWhereHasSeesTheUncommittedComment() {
        Post a1 = post("a1");
        CommentQueries.transaction(() -> {
            CommentQueries.insert(new Comment(a1.id, "fresh"));
            List<Post> posts;
            Map<String, Integer> counts;
            List<String> sql;
            try (StatementLog statements = StatementLog.start()) {
                posts = PostQueries.findAll()
                        .withUser(u -> u.withPosts(p -> p.whereHasComments(c -> c.where(FRESH))))
                        .withComments()
                        .orderBy(PostTable.TITLE).all();
                counts = statements.perConnection();
                sql = statements.sql();
            }
            assertEquals(List.of("a1"), titles(withTitle(posts, "a1").user().posts()),
                    "alice's posts with a fresh comment: the whereHas saw the uncommitted comment");
            assertEquals(List.of(), titles(withTitle(posts, "b1").user().posts()));
            assertEquals(Set.of("fresh"), bodies(withTitle(posts, "a1").comments()), "the sibling saw it too");
            assertEquals(Map.of("default", 1, "secondary", 2, "tertiary", 2), counts,
                    () -> "posts, users, comments, the fresh comments' keys and the users' posts: " + sql);
            assertEquals(0, committedRows("tertiary", "rel_comments", "body", "fresh"),
                    "the comment is not committed while the transaction is open");
        });
        assertEquals(1, committedRows("tertiary", "rel_comments", "body", "fresh"), "committed at the end");
    }
}
