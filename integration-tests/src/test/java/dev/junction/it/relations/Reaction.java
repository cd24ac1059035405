package dev.junction.it.relations;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;

/** A child of Comment on the same connection ("tertiary"), so whereHas between them is one EXISTS query. */
@Model(table = "rel_reactions")
@Connection("tertiary")
public class Reaction {
    @Id Long id;
    Long commentId;
    String emoji;

    @BelongsTo(foreignKey = "comment_id", inverseOf = "reactions")
    Comment comment;

    public Reaction() {}

    public Reaction(Long commentId, String emoji) {
        this.commentId = commentId;
        this.emoji = emoji;
    }

    public Comment comment() {
        return comment;
    }
}
