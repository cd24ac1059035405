package com.example.blog;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;

/** The README's quickstart {@code Post}, on connection {@code secondary}. */
@Model(table = "posts")
@Connection("secondary")
public class Post {
    @Id
    private Long id;
    private Long userId;
    private String title;
    private String content;

    @BelongsTo(foreignKey = "user_id", inverseOf = "posts")
    private User user;

    public Post() {}

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }
}
