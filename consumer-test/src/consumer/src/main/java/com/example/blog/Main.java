package com.example.blog;

import dev.junction.ConnectionManager;
import dev.junction.QueryListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;

/**
 * The quickstart on two in-memory H2 databases: users on {@code default}, their posts on {@code secondary}. It
 * prints what the consumer test checks.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        ConnectionManager.configure(Map.of(
                "default", Map.of("driver", "h2", "database", "consumer_users"),
                "secondary", Map.of("driver", "h2", "database", "consumer_posts")));
        try {
            // The quickstart's tables, from the models: users on default, posts (with an index on user_id) on secondary.
            ConnectionManager.createTables();

            User alice = UserQueries.insert(user("alice"));
            User bob = UserQueries.insert(user("bob"));
            PostQueries.insertAll(List.of(
                    post(alice, "Cross-database"), post(alice, "Typed queries"), post(bob, "Hello")));

            Map<String, Integer> statements = new ConcurrentSkipListMap<>();
            List<User> users;
            try (QueryListener.Registration counting = ConnectionManager.addQueryListener(
                    event -> statements.merge(event.connection(), 1, Integer::sum))) {
                users = UserQueries.withPosts(posts -> posts.orderBy(PostTable.TITLE.asc()))
                        .orderBy(UserTable.USERNAME.asc())
                        .all();
            }
            for (User user : users) {
                System.out.println(user.getUsername() + ": "
                        + user.getPosts().stream().map(Post::getTitle).collect(Collectors.joining(", ", "[", "]")));
            }
            System.out.println("statements per connection: " + statements);
            boolean sameInstances = users.stream()
                    .allMatch(user -> user.getPosts().stream().allMatch(post -> post.getUser() == user));
            System.out.println(sameInstances
                    ? "inverseOf: every post's user is its author's instance"
                    : "inverseOf: a post's user is not its author's instance");
        } finally {
            ConnectionManager.shutdown();
        }
        System.out.println("Quickstart done.");
    }

    private static User user(String username) {
        User user = new User();
        user.setUsername(username);
        user.setEmail(username + "@example.com");
        return user;
    }

    private static Post post(User author, String title) {
        Post post = new Post();
        post.setUserId(author.getId());
        post.setTitle(title);
        post.setContent("The text of " + title);
        return post;
    }
}
