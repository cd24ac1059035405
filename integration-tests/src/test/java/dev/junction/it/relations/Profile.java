package dev.junction.it.relations;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;

/** A one-to-one child of User, on connection "secondary", with private fields and accessors. */
@Model(table = "rel_profiles")
@Connection("secondary")
public class Profile {
    @Id private Long id;
    private Long userId;
    private String bio;

    @BelongsTo(foreignKey = "user_id", inverseOf = "profile")
    private User user;

    public Profile() {}

    public Profile(Long userId, String bio) {
        this.userId = userId;
        this.bio = bio;
    }

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

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }
}
