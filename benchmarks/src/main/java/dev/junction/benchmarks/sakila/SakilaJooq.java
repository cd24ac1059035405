package dev.junction.benchmarks.sakila;

import dev.junction.benchmarks.BenchConnections;
import dev.junction.benchmarks.SakilaDatabases;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The four Sakila statements written by hand with jOOQ without code generation: one {@code IN} query per level,
 * mapped by lambdas or by {@code fetchInto(Class)}, then wired like {@link SakilaJdbc}.
 */
public final class SakilaJooq {

    private static final Table<Record> FILM = DSL.table(DSL.name("bench_film"));
    private static final Table<Record> INVENTORY = DSL.table(DSL.name("bench_inventory"));
    private static final Table<Record> RENTAL = DSL.table(DSL.name("bench_rental"));
    private static final Table<Record> PAYMENT = DSL.table(DSL.name("bench_payment"));

    private static final Field<Integer> FILM_ID = integer("film_id");
    private static final Field<String> TITLE = text("title");
    private static final Field<String> DESCRIPTION = text("description");
    private static final Field<Integer> RELEASE_YEAR = integer("release_year");
    private static final Field<Integer> LANGUAGE_ID = integer("language_id");
    private static final Field<Integer> RENTAL_DURATION = integer("rental_duration");
    private static final Field<BigDecimal> RENTAL_RATE = decimal("rental_rate");
    private static final Field<Integer> LENGTH = integer("length");
    private static final Field<BigDecimal> REPLACEMENT_COST = decimal("replacement_cost");
    private static final Field<String> RATING = text("rating");
    private static final Field<LocalDateTime> LAST_UPDATE = timestamp("last_update");
    private static final Field<Integer> INVENTORY_ID = integer("inventory_id");
    private static final Field<Integer> STORE_ID = integer("store_id");
    private static final Field<Integer> RENTAL_ID = integer("rental_id");
    private static final Field<LocalDateTime> RENTAL_DATE = timestamp("rental_date");
    private static final Field<Integer> CUSTOMER_ID = integer("customer_id");
    private static final Field<LocalDateTime> RETURN_DATE = timestamp("return_date");
    private static final Field<Integer> STAFF_ID = integer("staff_id");
    private static final Field<Integer> PAYMENT_ID = integer("payment_id");
    private static final Field<BigDecimal> AMOUNT = decimal("amount");
    private static final Field<LocalDateTime> PAYMENT_DATE = timestamp("payment_date");

    private static final List<SelectField<?>> FILM_COLUMNS = List.of(FILM_ID, TITLE, DESCRIPTION, RELEASE_YEAR,
            LANGUAGE_ID, RENTAL_DURATION, RENTAL_RATE, LENGTH, REPLACEMENT_COST, RATING, LAST_UPDATE);
    private static final List<SelectField<?>> INVENTORY_COLUMNS =
            List.of(INVENTORY_ID, FILM_ID, STORE_ID, LAST_UPDATE);
    private static final List<SelectField<?>> RENTAL_COLUMNS = List.of(RENTAL_ID, RENTAL_DATE, INVENTORY_ID,
            CUSTOMER_ID, RETURN_DATE, STAFF_ID, LAST_UPDATE);
    private static final List<SelectField<?>> PAYMENT_COLUMNS =
            List.of(PAYMENT_ID, CUSTOMER_ID, STAFF_ID, RENTAL_ID, AMOUNT, PAYMENT_DATE);

    private final DSLContext films;
    private final DSLContext inventory;
    private final DSLContext rentals;
    private final DSLContext payments;

    /** Over the Sakila databases' jOOQ contexts. */
    public SakilaJooq(SakilaDatabases databases) {
        this.films = databases.jooq(BenchConnections.SAKILA_FILMS);
        this.inventory = databases.jooq(BenchConnections.SAKILA_INVENTORY);
        this.rentals = databases.jooq(BenchConnections.SAKILA_RENTALS);
        this.payments = databases.jooq(BenchConnections.SAKILA_PAYMENTS);
    }

    /** Every film with its inventory, rentals and payments, mapped by lambdas. */
    public List<Film> films() {
        return load(films.select(FILM_COLUMNS).from(FILM).fetch(SakilaJooq::film),
                (column, keys) -> inventory.select(INVENTORY_COLUMNS).from(INVENTORY).where(column.in(keys))
                        .orderBy(INVENTORY_ID).fetch(SakilaJooq::inventory),
                (column, keys) -> rentals.select(RENTAL_COLUMNS).from(RENTAL).where(column.in(keys))
                        .orderBy(RENTAL_ID).fetch(SakilaJooq::rental),
                (column, keys) -> payments.select(PAYMENT_COLUMNS).from(PAYMENT).where(column.in(keys))
                        .orderBy(PAYMENT_ID).fetch(SakilaJooq::payment));
    }

    /** Every film with its inventory, rentals and payments, mapped by {@code fetchInto(Class)}. */
    public List<Film> filmsInto() {
        return load(films.select(FILM_COLUMNS).from(FILM).fetchInto(Film.class),
                (column, keys) -> inventory.select(INVENTORY_COLUMNS).from(INVENTORY).where(column.in(keys))
                        .orderBy(INVENTORY_ID).fetchInto(Inventory.class),
                (column, keys) -> rentals.select(RENTAL_COLUMNS).from(RENTAL).where(column.in(keys))
                        .orderBy(RENTAL_ID).fetchInto(Rental.class),
                (column, keys) -> payments.select(PAYMENT_COLUMNS).from(PAYMENT).where(column.in(keys))
                        .orderBy(PAYMENT_ID).fetchInto(Payment.class));
    }

    /** A query of one level: the rows whose key column is in the keys. */
    private interface Level<T> extends BiFunction<Field<Integer>, Collection<Integer>, List<T>> {}

    private static List<Film> load(List<Film> films, Level<Inventory> inventoryOf, Level<Rental> rentalsOf,
            Level<Payment> paymentsOf) {
        Map<Integer, Film> filmsById = new HashMap<>();
        for (Film film : films) {
            film.setInventory(new ArrayList<>());
            filmsById.put(film.getFilmId(), film);
        }
        Map<Integer, Inventory> inventoryById = new HashMap<>();
        for (Inventory copy : inventoryOf.apply(FILM_ID, filmsById.keySet())) {
            Film film = filmsById.get(copy.getFilmId());
            copy.setFilm(film);
            copy.setRentals(new ArrayList<>());
            film.getInventory().add(copy);
            inventoryById.put(copy.getInventoryId(), copy);
        }
        Map<Integer, Rental> rentalsById = new HashMap<>();
        for (Rental rental : rentalsOf.apply(INVENTORY_ID, inventoryById.keySet())) {
            Inventory copy = inventoryById.get(rental.getInventoryId());
            rental.setInventory(copy);
            rental.setPayments(new ArrayList<>());
            copy.getRentals().add(rental);
            rentalsById.put(rental.getRentalId(), rental);
        }
        for (Payment payment : paymentsOf.apply(RENTAL_ID, rentalsById.keySet())) {
            Rental rental = rentalsById.get(payment.getRentalId());
            payment.setRental(rental);
            rental.getPayments().add(payment);
        }
        return films;
    }

    private static Film film(Record row) {
        Film film = new Film();
        film.setFilmId(row.get(FILM_ID));
        film.setTitle(row.get(TITLE));
        film.setDescription(row.get(DESCRIPTION));
        film.setReleaseYear(row.get(RELEASE_YEAR));
        film.setLanguageId(row.get(LANGUAGE_ID));
        film.setRentalDuration(row.get(RENTAL_DURATION));
        film.setRentalRate(row.get(RENTAL_RATE));
        film.setLength(row.get(LENGTH));
        film.setReplacementCost(row.get(REPLACEMENT_COST));
        film.setRating(row.get(RATING));
        film.setLastUpdate(row.get(LAST_UPDATE));
        return film;
    }

    private static Inventory inventory(Record row) {
        Inventory copy = new Inventory();
        copy.setInventoryId(row.get(INVENTORY_ID));
        copy.setFilmId(row.get(FILM_ID));
        copy.setStoreId(row.get(STORE_ID));
        copy.setLastUpdate(row.get(LAST_UPDATE));
        return copy;
    }

    private static Rental rental(Record row) {
        Rental rental = new Rental();
        rental.setRentalId(row.get(RENTAL_ID));
        rental.setRentalDate(row.get(RENTAL_DATE));
        rental.setInventoryId(row.get(INVENTORY_ID));
        rental.setCustomerId(row.get(CUSTOMER_ID));
        rental.setReturnDate(row.get(RETURN_DATE));
        rental.setStaffId(row.get(STAFF_ID));
        rental.setLastUpdate(row.get(LAST_UPDATE));
        return rental;
    }

    private static Payment payment(Record row) {
        Payment payment = new Payment();
        payment.setPaymentId(row.get(PAYMENT_ID));
        payment.setCustomerId(row.get(CUSTOMER_ID));
        payment.setStaffId(row.get(STAFF_ID));
        payment.setRentalId(row.get(RENTAL_ID));
        payment.setAmount(row.get(AMOUNT));
        payment.setPaymentDate(row.get(PAYMENT_DATE));
        return payment;
    }

    private static Field<Integer> integer(String name) {
        return DSL.field(DSL.name(name), SQLDataType.INTEGER);
    }

    private static Field<String> text(String name) {
        return DSL.field(DSL.name(name), SQLDataType.VARCHAR);
    }

    private static Field<BigDecimal> decimal(String name) {
        return DSL.field(DSL.name(name), SQLDataType.NUMERIC);
    }

    private static Field<LocalDateTime> timestamp(String name) {
        return DSL.field(DSL.name(name), SQLDataType.LOCALDATETIME);
    }
}
