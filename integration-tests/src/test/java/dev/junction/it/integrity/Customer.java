package dev.junction.it.integrity;

import dev.junction.annotation.Id;
import dev.junction.annotation.Model;

/** A parent on connection "default"; its rentals live in another database. */
@Model(table = "integrity_customers")
public class Customer {
    @Id Long id;
    String name;

    public Customer() {}

    public Customer(String name) {
        this.name = name;
    }

    public Long id() {
        return id;
    }
}
