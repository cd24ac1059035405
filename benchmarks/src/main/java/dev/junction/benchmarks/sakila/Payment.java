package dev.junction.benchmarks.sakila;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;
import dev.junction.benchmarks.BenchConnections;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A Sakila payment, back in the first PostgreSQL database on the servers. */
@Model(table = "bench_payment")
@Connection(BenchConnections.SAKILA_PAYMENTS)
public class Payment {

    @Id
    private Integer paymentId;
    private Integer customerId;
    private Integer staffId;
    private Integer rentalId;
    private BigDecimal amount;
    private LocalDateTime paymentDate;

    @BelongsTo(foreignKey = "rental_id", inverseOf = "payments")
    private Rental rental;

    /** An empty payment, for the generated code and the hand-written mappers. */
    public Payment() {}

    /** The id (column {@code payment_id}). */
    public Integer getPaymentId() {
        return paymentId;
    }

    /** Sets the value of {@link #getPaymentId()}. */
    public void setPaymentId(Integer paymentId) {
        this.paymentId = paymentId;
    }

    /** The customer's id. */
    public Integer getCustomerId() {
        return customerId;
    }

    /** Sets the value of {@link #getCustomerId()}. */
    public void setCustomerId(Integer customerId) {
        this.customerId = customerId;
    }

    /** The staff member's id. */
    public Integer getStaffId() {
        return staffId;
    }

    /** Sets the value of {@link #getStaffId()}. */
    public void setStaffId(Integer staffId) {
        this.staffId = staffId;
    }

    /** The rental's id. */
    public Integer getRentalId() {
        return rentalId;
    }

    /** Sets the value of {@link #getRentalId()}. */
    public void setRentalId(Integer rentalId) {
        this.rentalId = rentalId;
    }

    /** The amount. */
    public BigDecimal getAmount() {
        return amount;
    }

    /** Sets the value of {@link #getAmount()}. */
    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    /** When it was paid. */
    public LocalDateTime getPaymentDate() {
        return paymentDate;
    }

    /** Sets the value of {@link #getPaymentDate()}. */
    public void setPaymentDate(LocalDateTime paymentDate) {
        this.paymentDate = paymentDate;
    }

    /** The rental, once loaded. */
    public Rental getRental() {
        return rental;
    }

    /** Sets the value of {@link #getRental()}. */
    public void setRental(Rental rental) {
        this.rental = rental;
    }
}
