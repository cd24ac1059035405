package dev.junction.it.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.it.support.StatementLog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An explicit nested load of an inverse that {@code inverseOf} already set ({@code withPosts(p -> p.withUser())})
 * runs no statement and keeps the very owner instance, and loads nested under it still run, once per level.
 */
abstract class InverseLoadsContract extends SeededRelations {

    @Test
    void theInverseOfAHasManyIsNotQueriedAgain() {
        List<User> users;
        try (StatementLog statements = StatementLog.start()) {
            users = UserQueries.findAll().withPosts(p -> p.withUser()).orderBy(UserTable.ID).all();
            assertEquals(Map.of("default", 1, "secondary", 1), statements.perConnection(),
                    () -> "the users once, their posts once, no second users statement: " + statements.sql());
        }
        assertEquals(List.of("a1", "a2", "a3"), titles(users.get(0).posts()));
        for (User user : users) {
            for (Post post : user.posts()) {
                assertSame(user, post.user(), "each post's user is the very user that owns it");
            }
        }
    }

    @Test
    void loadsNestedUnderTheInverseRunOncePerLevel() {
        List<User> users;
        try (StatementLog statements = StatementLog.start()) {
            users = UserQueries.findAll().withPosts(p -> p.withUser(u -> u.withProfile())).orderBy(UserTable.ID).all();
            assertEquals(Map.of("default", 1, "secondary", 2), statements.perConnection(),
                    () -> "users, posts and profiles once each: " + statements.sql());
        }
        User loadedAlice = users.get(0);
        assertSame(loadedAlice, loadedAlice.posts().get(0).user());
        try (StatementLog statements = StatementLog.start()) {
            assertEquals("writes a lot", UserRelations.profile(loadedAlice).orElseThrow().getBio());
            assertTrue(UserRelations.profile(users.get(1)).isEmpty(), "bob has none, and that is cached");
            assertSame(loadedAlice, loadedAlice.profile().getUser());
            assertEquals(0, statements.count(), () -> "the profiles were loaded: " + statements.sql());
        }
    }

    @Test
    void theInverseOfAHasOneIsNotQueriedAgain() {
        List<User> users;
        try (StatementLog statements = StatementLog.start()) {
            users = UserQueries.findAll().withProfile(profile -> profile.withUser()).orderBy(UserTable.ID).all();
            assertEquals(Map.of("default", 1, "secondary", 1), statements.perConnection(),
                    () -> String.valueOf(statements.sql()));
        }
        assertSame(users.get(0), users.get(0).profile().getUser());
    }

    @Test
    void inversesThreeLevelsDeepAreNotQueriedAgain() {
        List<User> users;
        try (StatementLog statements = StatementLog.start()) {
            users = UserQueries.findAll()
                    .withPosts(p -> p.withComments(c -> c.withPost(cp -> cp.withUser())))
                    .orderBy(UserTable.ID).all();
            assertEquals(Map.of("default", 1, "secondary", 1, "tertiary", 1), statements.perConnection(),
                    () -> "users, posts and comments once each: " + statements.sql());
        }
        Post a2 = withTitle(users.get(0).posts(), "a2");
        assertEquals(2, a2.comments().size());
        for (Comment comment : a2.comments()) {
            assertSame(a2, comment.post());
            assertSame(users.get(0), comment.post().user());
        }
    }

    @Test
    void theLoaderDoesNotQueryTheInverseAgain() {
        List<User> users = UserQueries.findAll().orderBy(UserTable.ID).all();
        try (StatementLog statements = StatementLog.start()) {
            UserLoader.loadPosts(users, p -> p.withUser());
            assertEquals(Map.of("secondary", 1), statements.perConnection(),
                    () -> String.valueOf(statements.sql()));
        }
        assertSame(users.get(1), users.get(1).posts().get(0).user());
    }
}
