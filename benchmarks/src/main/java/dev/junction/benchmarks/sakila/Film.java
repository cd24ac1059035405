package dev.junction.benchmarks.sakila;

import dev.junction.annotation.Connection;
import dev.junction.annotation.HasMany;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;
import dev.junction.benchmarks.BenchConnections;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A Sakila film, in the first PostgreSQL database on the servers: the top of the four-level load. */
@Model(table = "bench_film")
@Connection(BenchConnections.SAKILA_FILMS)
public class Film {

    @Id
    private Integer filmId;
    private String title;
    private String description;
    private Integer releaseYear;
    private Integer languageId;
    private Integer rentalDuration;
    private BigDecimal rentalRate;
    private Integer length;
    private BigDecimal replacementCost;
    private String rating;
    private LocalDateTime lastUpdate;

    @HasMany(foreignKey = "film_id", inverseOf = "film")
    private List<Inventory> inventory;

    /** An empty film, for the generated code and the hand-written mappers. */
    public Film() {}

    /** The id (column {@code film_id}). */
    public Integer getFilmId() {
        return filmId;
    }

    /** Sets the value of {@link #getFilmId()}. */
    public void setFilmId(Integer filmId) {
        this.filmId = filmId;
    }

    /** The title. */
    public String getTitle() {
        return title;
    }

    /** Sets the value of {@link #getTitle()}. */
    public void setTitle(String title) {
        this.title = title;
    }

    /** The description. */
    public String getDescription() {
        return description;
    }

    /** Sets the value of {@link #getDescription()}. */
    public void setDescription(String description) {
        this.description = description;
    }

    /** The year of release. */
    public Integer getReleaseYear() {
        return releaseYear;
    }

    /** Sets the value of {@link #getReleaseYear()}. */
    public void setReleaseYear(Integer releaseYear) {
        this.releaseYear = releaseYear;
    }

    /** The language's id. */
    public Integer getLanguageId() {
        return languageId;
    }

    /** Sets the value of {@link #getLanguageId()}. */
    public void setLanguageId(Integer languageId) {
        this.languageId = languageId;
    }

    /** The rental duration in days. */
    public Integer getRentalDuration() {
        return rentalDuration;
    }

    /** Sets the value of {@link #getRentalDuration()}. */
    public void setRentalDuration(Integer rentalDuration) {
        this.rentalDuration = rentalDuration;
    }

    /** The rental rate. */
    public BigDecimal getRentalRate() {
        return rentalRate;
    }

    /** Sets the value of {@link #getRentalRate()}. */
    public void setRentalRate(BigDecimal rentalRate) {
        this.rentalRate = rentalRate;
    }

    /** The length in minutes, or null. */
    public Integer getLength() {
        return length;
    }

    /** Sets the value of {@link #getLength()}. */
    public void setLength(Integer length) {
        this.length = length;
    }

    /** The replacement cost. */
    public BigDecimal getReplacementCost() {
        return replacementCost;
    }

    /** Sets the value of {@link #getReplacementCost()}. */
    public void setReplacementCost(BigDecimal replacementCost) {
        this.replacementCost = replacementCost;
    }

    /** The MPAA rating, or null. */
    public String getRating() {
        return rating;
    }

    /** Sets the value of {@link #getRating()}. */
    public void setRating(String rating) {
        this.rating = rating;
    }

    /** When the row last changed. */
    public LocalDateTime getLastUpdate() {
        return lastUpdate;
    }

    /** Sets the value of {@link #getLastUpdate()}. */
    public void setLastUpdate(LocalDateTime lastUpdate) {
        this.lastUpdate = lastUpdate;
    }

    /** The copies of this film, once loaded. */
    public List<Inventory> getInventory() {
        return inventory;
    }

    /** Sets the value of {@link #getInventory()}. */
    public void setInventory(List<Inventory> inventory) {
        this.inventory = inventory;
    }
}
