package com.example.blog;

import dev.junction.annotation.Connection;
import dev.junction.annotation.HasMany;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;
import java.util.List;

/** The README's quickstart {@code User}, on connection {@code default}. */
@Model(table = "users")
@Connection("default")
public class User {
    @Id
    private Long id;
    private String username;
    private String email;

    @HasMany(foreignKey = "user_id", inverseOf = "user")
    private List<Post> posts;

    public User() {}

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<Post> getPosts() {
        return posts;
    }

    public void setPosts(List<Post> posts) {
        this.posts = posts;
    }
}
