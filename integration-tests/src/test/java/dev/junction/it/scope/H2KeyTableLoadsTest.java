package dev.junction.it.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.it.relations.Post;
import dev.junction.it.relations.PostQueries;
import dev.junction.it.relations.PostTable;
import dev.junction.it.relations.User;
import dev.junction.it.relations.UserQueries;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.PerClassConnections;
import dev.junction.it.support.StatementLog;
import dev.junction.it.support.TestConnections;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On H2 a relation load whose foreign key is indexed joins the chunk's keys as a table of one array parameter
 * (H2 answers an {@code IN} list of a thousand parameters several times slower); without an index it keeps the
 * {@code IN} lists, which need none. Chunks stay at most 1 000 keys, so the statement count is the same.
 */
class H2KeyTableLoadsTest extends PerClassConnections {

    @Override
    protected TestConnections.Builder databases() {
        return TestConnections.on(DatabaseKind.H2);
    }

    @Test
    void anIndexedForeignKeyIsJoinedWithAKeyTableInChunksOfAThousand() {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            users.add(new User("user " + i));
        }
        UserQueries.insertAll(users);
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 2_500; i += 100) {
            posts.add(new Post(users.get(i).id(), "post " + i, i));
        }
        PostQueries.insertAll(posts);

        try (StatementLog log = StatementLog.start()) {
            List<User> loaded = UserQueries.withPosts().all();
            assertEquals(2_500, loaded.size());
            assertEquals(25, loaded.stream().mapToInt(u -> u.posts().size()).sum());
            List<String> loads = log.sql("secondary");
            assertEquals(3, loads.size(), "2 500 keys in chunks of at most 1 000: " + loads);
            for (String sql : loads) {
                assertTrue(sql.contains("from table(\"junction_key\" BIGINT = ?) \"junction_keys\" join \"rel_posts\""),
                        sql);
                assertFalse(sql.contains(" in ("), sql);
            }
        }
        try (StatementLog log = StatementLog.start()) {
            List<User> firstPosts = UserQueries.withPosts(p -> p.limit(1)).all();
            assertEquals(25, firstPosts.stream().mapToInt(u -> u.posts().size()).sum(), "ranked per owner too");
            assertTrue(log.sql("secondary").get(0).contains("join \"rel_posts\""), log.sql("secondary")::toString);
        }
        try (StatementLog log = StatementLog.start()) {
            List<User> liked = UserQueries.withPosts(p -> p.where(PostTable.LIKES.ge(1_000))).all();
            assertEquals(15, liked.stream().mapToInt(u -> u.posts().size()).sum(), "with the load's own condition");
            assertTrue(log.sql("secondary").get(0).contains("join \"rel_posts\""), log.sql("secondary")::toString);
        }
    }

    @Test
    void aForeignKeyWithoutAnIndexKeepsTheInLists() {
        Shop shop = ShopQueries.insert(new Shop("corner"));
        ClerkQueries.insertAll(List.of(new Clerk(shop.id, "ann"), new Clerk(shop.id, "bob")));
        try (StatementLog log = StatementLog.start()) {
            List<Shop> shops = ShopQueries.withClerks().all();
            assertEquals(2, shops.get(0).clerks().size());
            String load = log.sql("default").get(1);
            assertTrue(load.contains("\"scope_clerks\".\"shop_id\" in (?)"), load);
            assertFalse(load.contains("junction_key"), load);
        }
    }
}
