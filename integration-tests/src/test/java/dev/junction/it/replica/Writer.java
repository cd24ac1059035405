package dev.junction.it.replica;

import dev.junction.annotation.HasMany;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;
import java.util.List;

/** A parent on connection "default" whose notes have a read replica. */
@Model(table = "replica_writers")
public class Writer {
    @Id Long id;
    String name;

    @HasMany(foreignKey = "writer_id", inverseOf = "writer")
    List<Note> notes;

    public Writer() {}

    public Writer(String name) {
        this.name = name;
    }

    public Long id() {
        return id;
    }

    public List<Note> notes() {
        return notes;
    }
}
