package dev.junction.benchmarks.sakila;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.HasMany;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;
import dev.junction.benchmarks.BenchConnections;
import java.time.LocalDateTime;
import java.util.List;

/** A Sakila rental, in the second PostgreSQL database on the servers. */
@Model(table = "bench_rental")
@Connection(BenchConnections.SAKILA_RENTALS)
public class Rental {

    @Id
    private Integer rentalId;
    private LocalDateTime rentalDate;
    private Integer inventoryId;
    private Integer customerId;
    private LocalDateTime returnDate;
    private Integer staffId;
    private LocalDateTime lastUpdate;

    @BelongsTo(foreignKey = "inventory_id", inverseOf = "rentals")
    private Inventory inventory;

    @HasMany(foreignKey = "rental_id", inverseOf = "rental")
    private List<Payment> payments;

    /** An empty rental, for the generated code and the hand-written mappers. */
    public Rental() {}

    /** The id (column {@code rental_id}). */
    public Integer getRentalId() {
        return rentalId;
    }

    /** Sets the value of {@link #getRentalId()}. */
    public void setRentalId(Integer rentalId) {
        this.rentalId = rentalId;
    }

    /** When it was rented. */
    public LocalDateTime getRentalDate() {
        return rentalDate;
    }

    /** Sets the value of {@link #getRentalDate()}. */
    public void setRentalDate(LocalDateTime rentalDate) {
        this.rentalDate = rentalDate;
    }

    /** The copy's id. */
    public Integer getInventoryId() {
        return inventoryId;
    }

    /** Sets the value of {@link #getInventoryId()}. */
    public void setInventoryId(Integer inventoryId) {
        this.inventoryId = inventoryId;
    }

    /** The customer's id. */
    public Integer getCustomerId() {
        return customerId;
    }

    /** Sets the value of {@link #getCustomerId()}. */
    public void setCustomerId(Integer customerId) {
        this.customerId = customerId;
    }

    /** When it came back, or null. */
    public LocalDateTime getReturnDate() {
        return returnDate;
    }

    /** Sets the value of {@link #getReturnDate()}. */
    public void setReturnDate(LocalDateTime returnDate) {
        this.returnDate = returnDate;
    }

    /** The staff member's id. */
    public Integer getStaffId() {
        return staffId;
    }

    /** Sets the value of {@link #getStaffId()}. */
    public void setStaffId(Integer staffId) {
        this.staffId = staffId;
    }

    /** When the row last changed. */
    public LocalDateTime getLastUpdate() {
        return lastUpdate;
    }

    /** Sets the value of {@link #getLastUpdate()}. */
    public void setLastUpdate(LocalDateTime lastUpdate) {
        this.lastUpdate = lastUpdate;
    }

    /** The copy, once loaded. */
    public Inventory getInventory() {
        return inventory;
    }

    /** Sets the value of {@link #getInventory()}. */
    public void setInventory(Inventory inventory) {
        this.inventory = inventory;
    }

    /** The payments for this rental, once loaded. */
    public List<Payment> getPayments() {
        return payments;
    }

    /** Sets the value of {@link #getPayments()}. */
    public void setPayments(List<Payment> payments) {
        this.payments = payments;
    }
}
