package dev.junction.it.replica;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;

/** Written on "secondary", read from its replica "tertiary" (a streaming standby in the replica tests). */
@Model(table = "replica_notes")
@Connection(value = "secondary", read = "tertiary")
public class Note {
    @Id Long id;
    Long writerId;
    String text;

    @BelongsTo(foreignKey = "writer_id", inverseOf = "notes")
    Writer writer;

    public Note() {}

    public Note(Long writerId, String text) {
        this.writerId = writerId;
        this.text = text;
    }

    public Long id() {
        return id;
    }

    public String text() {
        return text;
    }

    public void text(String text) {
        this.text = text;
    }
}
