package dev.junction.it.relations;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.HasMany;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;
import java.util.List;

/** The end of the chain, on connection "tertiary". */
@Model(table = "rel_comments")
@Connection("tertiary")
public class Comment {
    @Id Long id;
    Long postId;
    String body;

    @BelongsTo(foreignKey = "post_id", inverseOf = "comments")
    Post post;

    @HasMany(foreignKey = "comment_id", inverseOf = "comment")
    List<Reaction> reactions;

    public Comment() {}

    public Comment(Long postId, String body) {
        this.postId = postId;
        this.body = body;
    }

    public Long id() {
        return id;
    }

    public String body() {
        return body;
    }

    public Post post() {
        return post;
    }

    public List<Reaction> reactions() {
        return reactions;
    }
}
