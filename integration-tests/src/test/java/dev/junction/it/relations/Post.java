package dev.junction.it.relations;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.HasMany;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;
import java.util.Set;

/** The middle of the chain, on connection "secondary"; its comments are in a Set. */
@Model(table = "rel_posts")
@Connection("secondary")
public class Post {
    @Id Long id;
    Long userId;
    String title;
    int likes;

    @BelongsTo(foreignKey = "user_id", inverseOf = "posts")
    User user;

    @HasMany(foreignKey = "post_id", inverseOf = "post")
    Set<Comment> comments;

    public Post() {}

    public Post(Long userId, String title, int likes) {
        this.userId = userId;
        this.title = title;
        this.likes = likes;
    }

    public Long id() {
        return id;
    }

    public Long userId() {
        return userId;
    }

    public String title() {
        return title;
    }

    public void title(String title) {
        this.title = title;
    }

    public User user() {
        return user;
    }

    public Set<Comment> comments() {
        return comments;
    }
}
