package dev.junction.benchmarks.sakila;

import dev.junction.benchmarks.BenchConnections;
import dev.junction.benchmarks.BenchTarget;
import dev.junction.benchmarks.JdbcKeys;
import dev.junction.benchmarks.SakilaDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The four Sakila statements written by hand with plain JDBC: the films, then their inventory, rentals and payments
 * by key lists (one array parameter on PostgreSQL, an {@code IN} list on MariaDB, see {@link JdbcKeys}), mapped by
 * position, each child pointed at its parent and each parent's list filled in id order.
 */
public final class SakilaJdbc {

    private static final String FILMS = "select film_id, title, description, release_year, language_id,"
            + " rental_duration, rental_rate, length, replacement_cost, rating, last_update from bench_film";
    private static final String INVENTORY = "select inventory_id, film_id, store_id, last_update from bench_inventory";
    private static final String RENTALS = "select rental_id, rental_date, inventory_id, customer_id, return_date,"
            + " staff_id, last_update from bench_rental";
    private static final String PAYMENTS = "select payment_id, customer_id, staff_id, rental_id, amount, payment_date"
            + " from bench_payment";

    private final SakilaDatabases databases;

    /** Over the Sakila databases' hand-written pools. */
    public SakilaJdbc(SakilaDatabases databases) {
        this.databases = databases;
    }

    /** Every film with its inventory, their rentals and their payments. */
    public List<Film> films() {
        List<Film> films = new ArrayList<>();
        Map<Integer, Film> filmsById = new HashMap<>();
        try (Connection connection = pool(BenchConnections.SAKILA_FILMS).getConnection();
                PreparedStatement select = connection.prepareStatement(FILMS);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Film film = film(rows);
                film.setInventory(new ArrayList<>());
                films.add(film);
                filmsById.put(film.getFilmId(), film);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<Integer, Inventory> inventoryById = new HashMap<>();
        children(BenchConnections.SAKILA_INVENTORY, INVENTORY, "film_id", "inventory_id", filmsById, rows -> {
            Inventory inventory = inventory(rows);
            Film film = filmsById.get(inventory.getFilmId());
            inventory.setFilm(film);
            inventory.setRentals(new ArrayList<>());
            film.getInventory().add(inventory);
            inventoryById.put(inventory.getInventoryId(), inventory);
        });
        Map<Integer, Rental> rentalsById = new HashMap<>();
        children(BenchConnections.SAKILA_RENTALS, RENTALS, "inventory_id", "rental_id", inventoryById, rows -> {
            Rental rental = rental(rows);
            Inventory inventory = inventoryById.get(rental.getInventoryId());
            rental.setInventory(inventory);
            rental.setPayments(new ArrayList<>());
            inventory.getRentals().add(rental);
            rentalsById.put(rental.getRentalId(), rental);
        });
        children(BenchConnections.SAKILA_PAYMENTS, PAYMENTS, "rental_id", "payment_id", rentalsById, rows -> {
            Payment payment = payment(rows);
            Rental rental = rentalsById.get(payment.getRentalId());
            payment.setRental(rental);
            rental.getPayments().add(payment);
        });
        return films;
    }

    private DataSource pool(String connection) {
        return databases.dataSource(connection);
    }

    private void children(String connection, String select, String column, String orderBy, Map<Integer, ?> parents,
            JdbcKeys.RowReader reader) {
        BenchTarget target = databases.target(connection);
        try (Connection open = pool(connection).getConnection()) {
            JdbcKeys.select(open, target, select, column, "integer", orderBy, parents.keySet(), reader);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Film film(ResultSet rows) throws SQLException {
        Film film = new Film();
        film.setFilmId(rows.getInt(1));
        film.setTitle(rows.getString(2));
        film.setDescription(rows.getString(3));
        film.setReleaseYear(nullableInt(rows, 4));
        film.setLanguageId(rows.getInt(5));
        film.setRentalDuration(rows.getInt(6));
        film.setRentalRate(rows.getBigDecimal(7));
        film.setLength(nullableInt(rows, 8));
        film.setReplacementCost(rows.getBigDecimal(9));
        film.setRating(rows.getString(10));
        film.setLastUpdate(rows.getObject(11, LocalDateTime.class));
        return film;
    }

    private static Inventory inventory(ResultSet rows) throws SQLException {
        Inventory inventory = new Inventory();
        inventory.setInventoryId(rows.getInt(1));
        inventory.setFilmId(rows.getInt(2));
        inventory.setStoreId(rows.getInt(3));
        inventory.setLastUpdate(rows.getObject(4, LocalDateTime.class));
        return inventory;
    }

    private static Rental rental(ResultSet rows) throws SQLException {
        Rental rental = new Rental();
        rental.setRentalId(rows.getInt(1));
        rental.setRentalDate(rows.getObject(2, LocalDateTime.class));
        rental.setInventoryId(rows.getInt(3));
        rental.setCustomerId(rows.getInt(4));
        rental.setReturnDate(rows.getObject(5, LocalDateTime.class));
        rental.setStaffId(rows.getInt(6));
        rental.setLastUpdate(rows.getObject(7, LocalDateTime.class));
        return rental;
    }

    private static Payment payment(ResultSet rows) throws SQLException {
        Payment payment = new Payment();
        payment.setPaymentId(rows.getInt(1));
        payment.setCustomerId(rows.getInt(2));
        payment.setStaffId(rows.getInt(3));
        payment.setRentalId(rows.getInt(4));
        payment.setAmount(rows.getBigDecimal(5));
        payment.setPaymentDate(rows.getObject(6, LocalDateTime.class));
        return payment;
    }

    private static Integer nullableInt(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
