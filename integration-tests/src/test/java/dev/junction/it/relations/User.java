package dev.junction.it.relations;

import dev.junction.annotation.HasMany;
import dev.junction.annotation.HasOne;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;
import java.util.List;

/** The parent of the relation chain, on connection "default". */
@Model(table = "rel_users")
public class User {
    @Id Long id;
    String username;

    @HasMany(foreignKey = "user_id", inverseOf = "user")
    List<Post> posts;

    @HasOne(foreignKey = "user_id", inverseOf = "user")
    Profile profile;

    public User() {}

    public User(String username) {
        this.username = username;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public void username(String username) {
        this.username = username;
    }

    public List<Post> posts() {
        return posts;
    }

    public Profile profile() {
        return profile;
    }
}
