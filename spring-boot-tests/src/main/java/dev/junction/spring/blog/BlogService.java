package dev.junction.spring.blog;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the blog's REST controllers would call: reads across the two databases, and writes in a transaction on the
 * connection they write to.
 */
@Service
public class BlogService {

    /** Creates the service. */
    public BlogService() {}

    /**
     * Every user, by name, with their posts, oldest first: one statement on {@code default} and one on
     * {@code secondary}, whatever the number of users.
     *
     * @return the users with their posts
     */
    public List<User> usersWithPosts() {
        return UserQueries.withPosts(posts -> posts.orderBy(PostTable.ID.asc()))
                .orderBy(UserTable.USERNAME.asc())
                .all();
    }

    /**
     * Registers a user, in a transaction on {@code default} (named by the transaction manager's bean name).
     *
     * @param username the new user's name
     * @return the user, with its id
     */
    @Transactional(transactionManager = "junctionTransactionManager.default")
    public User register(String username) {
        return UserQueries.insert(new User(username));
    }

    /**
     * Registers several users, all or none, in one transaction on {@code default}.
     *
     * @param usernames the new users' names, each of which must not be blank
     * @return the users, with their ids
     * @throws IllegalArgumentException for a blank name, after which none of the users is kept
     */
    @Transactional("default")
    public List<User> registerAll(List<String> usernames) {
        List<User> users = new ArrayList<>();
        for (String username : usernames) {
            if (username.isBlank()) {
                throw new IllegalArgumentException("A user needs a name; none of " + usernames + " is registered");
            }
            users.add(UserQueries.insert(new User(username)));
        }
        return users;
    }

    /**
     * Publishes posts by one author, all or none, in one transaction on {@code secondary}.
     *
     * @param author the author, already registered
     * @param titles the titles, each of which must not be blank
     * @return the posts, with their ids
     * @throws IllegalArgumentException for a blank title, after which none of the posts is kept
     */
    @Transactional("secondary")
    public List<Post> publish(User author, List<String> titles) {
        List<Post> posts = new ArrayList<>();
        for (String title : titles) {
            if (title.isBlank()) {
                throw new IllegalArgumentException("A post needs a title; none of " + titles + " is published");
            }
            posts.add(PostQueries.insert(new Post(author, title)));
        }
        return posts;
    }
}
