package dev.junction.it.model;

import dev.junction.annotation.Id;
import dev.junction.annotation.Model;

/** A plain model with public fields on connection "default", for finders, writes and transactions. */
@Model(table = "authors")
public class Author {
    @Id public Long id;
    public String name;
    public String email;
    public Integer born;

    /** For the generated code. */
    public Author() {}

    /** An author not yet inserted. */
    public Author(String name, String email, Integer born) {
        this.name = name;
        this.email = email;
        this.born = born;
    }

    @Override
    public String toString() {
        return "Author[id=" + id + ", name=" + name + ", email=" + email + ", born=" + born + "]";
    }
}
