package dev.junction.it.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.it.support.StatementLog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A cached to-one relation ({@code @BelongsTo}) stays true to the foreign key: after the key changes, the lazy
 * accessor runs one query for the new target, whether the cache held a target, a "none" or was filled by eager
 * loading or by an inverse; while the key stays the same it runs none.
 */
abstract class ToOneCachesContract extends SeededRelations {

    @Test
    void aChangedForeignKeyLoadsTheNewTargetWithOneQuery() {
        Post post = post("a1");
        try (StatementLog statements = StatementLog.start()) {
            assertEquals("alice", PostRelations.user(post).orElseThrow().username());
            assertEquals(Map.of("default", 1), statements.perConnection());
            statements.clear();

            post.userId = bob.id;
            assertEquals("bob", PostRelations.user(post).orElseThrow().username(), "the new key's user");
            assertEquals(Map.of("default", 1), statements.perConnection());
            assertEquals("bob", PostRelations.user(post).orElseThrow().username());
            assertEquals(1, statements.count(), "the new target is cached in turn");
        }
    }

    @Test
    void anUnchangedForeignKeyRunsNoQuery() {
        Post post = post("a1");
        User loaded = PostRelations.user(post).orElseThrow();
        try (StatementLog statements = StatementLog.start()) {
            assertSame(loaded, PostRelations.user(post).orElseThrow());
            post.userId = Long.valueOf(alice.id.longValue());
            assertSame(loaded, PostRelations.user(post).orElseThrow(), "an equal key is the same key");
            post.title("retitled");
            assertSame(loaded, PostRelations.user(post).orElseThrow(), "other columns do not matter");
            assertEquals(0, statements.count(), () -> String.valueOf(statements.sql()));
        }
    }

    @Test
    void aCachedNoneForANullKeyReloadsOnceTheKeyIsSet() {
        Post anonymous = post("anonymous");
        try (StatementLog statements = StatementLog.start()) {
            assertTrue(PostRelations.user(anonymous).isEmpty());
            assertEquals(0, statements.count(), "a null key finds nothing without a query");

            anonymous.userId = carol.id;
            assertEquals("carol", PostRelations.user(anonymous).map(User::username).orElse("(none)"));
            assertEquals(Map.of("default", 1), statements.perConnection());
        }
    }

    @Test
    void aCachedNoneForAMissingTargetReloadsOnceTheKeyChanges() {
        Post orphan = post("orphan");
        try (StatementLog statements = StatementLog.start()) {
            assertTrue(PostRelations.user(orphan).isEmpty());
            assertTrue(PostRelations.user(orphan).isEmpty());
            assertEquals(1, statements.count(), "the miss is cached");
            statements.clear();

            orphan.userId = bob.id;
            assertEquals("bob", PostRelations.user(orphan).map(User::username).orElse("(none)"));
            assertEquals(Map.of("default", 1), statements.perConnection());
        }
    }

    @Test
    void aKeySetToNullFindsNothingWithoutAQuery() {
        Post post = post("b1");
        PostRelations.user(post).orElseThrow();
        try (StatementLog statements = StatementLog.start()) {
            post.userId = null;
            assertTrue(PostRelations.user(post).isEmpty(), "a null key refers to nothing");
            assertEquals(0, statements.count(), () -> String.valueOf(statements.sql()));
        }
    }

    @Test
    void anEagerlyLoadedTargetReloadsOnceTheKeyChanges() {
        List<Post> posts = PostQueries.withUser().orderBy(PostTable.TITLE).all();
        Post a1 = withTitle(posts, "a1");
        Post orphan = withTitle(posts, "orphan");
        try (StatementLog statements = StatementLog.start()) {
            a1.userId = carol.id;
            orphan.userId = alice.id;
            assertEquals("carol", PostRelations.user(a1).map(User::username).orElse("(none)"));
            assertEquals("alice", PostRelations.user(orphan).map(User::username).orElse("(none)"),
                    "an eagerly loaded miss too");
            assertEquals("alice", PostRelations.user(withTitle(posts, "a2")).orElseThrow().username());
            assertEquals(Map.of("default", 2), statements.perConnection(),
                    () -> "one query per changed key, none for the unchanged: " + statements.sql());
        }
    }

    @Test
    void aTargetSetByTheInverseReloadsOnceTheKeyChanges() {
        User user = UserQueries.findById(alice.id).orElseThrow();
        Post a3 = withTitle(UserRelations.posts(user), "a3");
        try (StatementLog statements = StatementLog.start()) {
            assertSame(user, PostRelations.user(a3).orElseThrow());
            assertEquals(0, statements.count(), "the inverse filled it");

            a3.userId = bob.id;
            assertEquals("bob", PostRelations.user(a3).map(User::username).orElse("(none)"));
            assertEquals(Map.of("default", 1), statements.perConnection());
        }
    }

    @Test
    void aModelWithPrivateFieldsReloadsOnceItsKeyChanges() {
        Profile profile = ProfileQueries.findAll().first().orElseThrow();
        try (StatementLog statements = StatementLog.start()) {
            assertEquals("alice", ProfileRelations.user(profile).orElseThrow().username());
            profile.setUserId(bob.id);
            assertEquals("bob", ProfileRelations.user(profile).map(User::username).orElse("(none)"));
            assertEquals(Map.of("default", 2), statements.perConnection());
        }
    }
}
