package dev.junction.it.integrity;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;

/** A child on connection "secondary" whose writes check that its customer exists in the other database. */
@Model(table = "integrity_rentals")
@Connection("secondary")
public class Rental {
    @Id Long id;
    Long customerId;
    String film;

    @BelongsTo(foreignKey = "customer_id", checkExists = true)
    Customer customer;

    public Rental() {}

    public Rental(Long customerId, String film) {
        this.customerId = customerId;
        this.film = film;
    }

    public Long id() {
        return id;
    }

    public String film() {
        return film;
    }

    public void customerId(Long customerId) {
        this.customerId = customerId;
    }
}
