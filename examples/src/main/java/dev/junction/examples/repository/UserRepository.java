package dev.junction.examples.repository;

import dev.junction.examples.blog.Post;
import dev.junction.examples.blog.PostQueries;
import dev.junction.examples.blog.PostQuery;
import dev.junction.examples.blog.PostTable;
import dev.junction.examples.blog.User;
import dev.junction.examples.blog.UserQueries;
import dev.junction.examples.blog.UserTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The blog's users with their posts, for the rest of an application: the one place that knows that a {@link User}
 * lives on connection {@code default} and their {@link Post}s on {@code secondary}, another database.
 *
 * <p>rhosocial ActiveRecord's documentation suggests a repository for cross-database models, with a method that
 * finds a user, then queries their posts and attaches them by hand. Over Junction's generated code reading needs
 * no such plumbing: eager loading runs one statement per database, puts the posts in {@code user.posts} and sets
 * each post's {@code user} to that very instance ({@code inverseOf}). What a repository adds is the policy for
 * writes that touch both databases, which no transaction covers (a transaction belongs to one connection): the
 * order of the writes, so that a failure between them never leaves a post whose author does not exist, and what
 * to undo when the second one fails.
 *
 * <p>Each method says how many statements it sends to each database. It holds no state; every call uses the
 * connections that {@link dev.junction.ConnectionManager} has configured.
 */
public final class UserRepository {

    /** A user's posts in the order they were written. */
    private static final Consumer<PostQuery> OLDEST_FIRST = posts -> posts.orderBy(PostTable.ID.asc());

    /** A repository over the configured connections. */
    public UserRepository() {}

    /**
     * The user with that id with their posts, oldest first: one statement on {@code default} and, when the user
     * exists, one on {@code secondary}.
     *
     * @param id the user's id
     * @return the user, whose {@code posts} are loaded and whose posts' {@code user} is that same instance
     */
    public Optional<User> findWithPosts(long id) {
        return UserQueries.where(UserTable.ID.eq(id)).withPosts(OLDEST_FIRST).first();
    }

    /**
     * Every user, by username, each with their posts, oldest first: one statement on each database, whatever the
     * number of users.
     *
     * @return the users; one without posts has an empty list
     */
    public List<User> findAllWithPosts() {
        return UserQueries.withPosts(OLDEST_FIRST).orderBy(UserTable.USERNAME.asc()).all();
    }

    /**
     * Inserts the user when it is new (no id), otherwise updates it: one statement on {@code default}. Its posts
     * are not written; add them with {@link #addPost(User, Post)}.
     *
     * @param user the user to write
     * @return the same user, with its id set
     */
    public User save(User user) {
        return UserQueries.save(user);
    }

    /**
     * Inserts a new user and their first posts: one statement on {@code default}, then one on {@code secondary}.
     *
     * <p>The user goes first, since the posts need its generated id. The posts go in one multi-row insert, so
     * either all of them are written or none. If that fails, the user is deleted again (a compensation: its insert
     * had already committed on the other database), and the failure is thrown.
     *
     * @param user a user that has no id yet
     * @param posts its posts, which have no id yet; their {@code userId} is set here
     * @return the user, with its id set and {@code posts} holding these posts
     * @throws IllegalArgumentException when the user already has an id
     */
    public User createWithPosts(User user, Collection<Post> posts) {
        if (user.getId() != null) {
            throw new IllegalArgumentException("createWithPosts inserts a new user, but " + user
                    + " already has an id; use save and addPost for a stored user");
        }
        UserQueries.insert(user);
        posts.forEach(post -> post.setUserId(user.getId()));
        try {
            PostQueries.insertAll(posts);
        } catch (RuntimeException failure) {
            try {
                UserQueries.delete(user);
            } catch (RuntimeException undo) {
                failure.addSuppressed(undo);
            }
            user.setId(null);
            posts.forEach(post -> post.setUserId(null));
            throw failure;
        }
        posts.forEach(post -> post.setUser(user));
        user.setPosts(new ArrayList<>(posts));
        return user;
    }

    /**
     * Adds a post to a stored user: one statement on {@code secondary}. The post's {@code user} becomes the
     * author, and when the author's posts are loaded, the post is added to them.
     *
     * @param author a user that has an id
     * @param post a new post; its {@code userId} is set here
     * @return the post, with its id set
     * @throws IllegalArgumentException when the author has not been stored (it has no id)
     */
    public Post addPost(User author, Post post) {
        if (author.getId() == null) {
            throw new IllegalArgumentException("Cannot add a post to " + author + ": save the user first, so that"
                    + " the post can refer to its id");
        }
        post.setUserId(author.getId());
        PostQueries.insert(post);
        post.setUser(author);
        if (author.getPosts() != null) {
            List<Post> posts = new ArrayList<>(author.getPosts());
            posts.add(post);
            author.setPosts(posts);
        }
        return post;
    }

    /**
     * Deletes a user and all their posts: posts first, in one transaction on {@code secondary} (a query for them,
     * then one delete each), then the user on {@code default}. So a failure between the two leaves a user without
     * posts, never posts without a user.
     *
     * @param user a stored user
     * @return whether the user's row was deleted (false when it was already gone)
     */
    public boolean deleteWithPosts(User user) {
        Long id = user.getId();
        if (id == null) {
            return false;
        }
        PostQueries.transaction(() -> PostQueries.findAllByUserId(id).forEach(PostQueries::delete));
        boolean deleted = UserQueries.delete(user);
        user.setPosts(List.of());
        return deleted;
    }
}
