package dev.junction.benchmarks.sakila;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.HasMany;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;
import dev.junction.benchmarks.BenchConnections;
import java.time.LocalDateTime;
import java.util.List;

/** A copy of a Sakila film in a store, on MariaDB on the servers. */
@Model(table = "bench_inventory")
@Connection(BenchConnections.SAKILA_INVENTORY)
public class Inventory {

    @Id
    private Integer inventoryId;
    private Integer filmId;
    private Integer storeId;
    private LocalDateTime lastUpdate;

    @BelongsTo(foreignKey = "film_id", inverseOf = "inventory")
    private Film film;

    @HasMany(foreignKey = "inventory_id", inverseOf = "inventory")
    private List<Rental> rentals;

    /** An empty inventory, for the generated code and the hand-written mappers. */
    public Inventory() {}

    /** The id (column {@code inventory_id}). */
    public Integer getInventoryId() {
        return inventoryId;
    }

    /** Sets the value of {@link #getInventoryId()}. */
    public void setInventoryId(Integer inventoryId) {
        this.inventoryId = inventoryId;
    }

    /** The film's id. */
    public Integer getFilmId() {
        return filmId;
    }

    /** Sets the value of {@link #getFilmId()}. */
    public void setFilmId(Integer filmId) {
        this.filmId = filmId;
    }

    /** The store's id. */
    public Integer getStoreId() {
        return storeId;
    }

    /** Sets the value of {@link #getStoreId()}. */
    public void setStoreId(Integer storeId) {
        this.storeId = storeId;
    }

    /** When the row last changed. */
    public LocalDateTime getLastUpdate() {
        return lastUpdate;
    }

    /** Sets the value of {@link #getLastUpdate()}. */
    public void setLastUpdate(LocalDateTime lastUpdate) {
        this.lastUpdate = lastUpdate;
    }

    /** The film, once loaded. */
    public Film getFilm() {
        return film;
    }

    /** Sets the value of {@link #getFilm()}. */
    public void setFilm(Film film) {
        this.film = film;
    }

    /** The rentals of this copy, once loaded. */
    public List<Rental> getRentals() {
        return rentals;
    }

    /** Sets the value of {@link #getRentals()}. */
    public void setRentals(List<Rental> rentals) {
        this.rentals = rentals;
    }
}
