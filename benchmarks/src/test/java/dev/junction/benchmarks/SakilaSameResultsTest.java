package dev.junction.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConnectionManager;
import dev.junction.QueryListener;
import dev.junction.benchmarks.sakila.Film;
import dev.junction.benchmarks.sakila.FilmQueries;
import dev.junction.benchmarks.sakila.Inventory;
import dev.junction.benchmarks.sakila.Payment;
import dev.junction.benchmarks.sakila.Rental;
import dev.junction.benchmarks.sakila.SakilaData;
import dev.junction.benchmarks.sakila.SakilaJdbc;
import dev.junction.benchmarks.sakila.SakilaJooq;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Sakila benchmark's alternatives build the same graph, and Junction loads it in one statement per level. On H2
 * with a slice of the data set (the first {@value #FILMS} films and everything below them), so that it runs in a
 * second or two; {@code -Djunction.bench.databases=servers} runs it on the servers with the whole data set. Where
 * the whole data set is not found (a clone without {@code ../shared/datasets}), the H2 run reads the same slice from
 * this module's test resources ({@code sakila-slice}), so the test never skips itself; the servers run needs the
 * whole set and fails without it.
 */
class SakilaSameResultsTest {

    private static final int FILMS = 25;

    private static SakilaDatabases databases;
    private static SakilaJdbc jdbc;
    private static SakilaJooq jooq;
    private static boolean whole;

    private static boolean slice;

    @BeforeAll
    static void open() throws URISyntaxException {
        String where = System.getProperty("junction.bench.databases", "h2");
        whole = where.equals("servers");
        if (!SakilaData.available()) {
            assertTrue(!whole, "the whole Sakila data set, which the servers run needs, is not at "
                    + SakilaData.directory());
            Path bundled = Path.of(SakilaSameResultsTest.class.getResource("/sakila-slice/LICENSE").toURI()).getParent();
            System.setProperty(SakilaData.PROPERTY, bundled.toString());
            slice = true;
        }
        databases = SakilaDatabases.open(where, whole ? SakilaDatabases.ALL_FILMS : FILMS);
        jdbc = new SakilaJdbc(databases);
        jooq = new SakilaJooq(databases);
    }

    @AfterAll
    static void close() {
        if (slice) {
            System.clearProperty(SakilaData.PROPERTY);
        }
        if (databases != null) {
            databases.close();
        }
    }

    @Test
    void theSliceHasEveryLevel() {
        Map<String, Integer> counts = databases.rowCounts();
        if (whole) {
            assertEquals(Map.of("bench_film", 1_000, "bench_inventory", 4_581, "bench_rental", 16_044,
                    "bench_payment", 16_049), counts);
        } else {
            assertEquals(FILMS, counts.get("bench_film"));
            counts.values().forEach(count -> assertTrue(count > 0 && count < JdbcKeys.MAX_IN, counts::toString));
        }
    }

    @Test
    @SuppressWarnings("try") // the registration is only closed
    void junctionLoadsOneStatementPerLevelAndTheHandWrittenAlternativesTheSameGraph() {
        Map<String, Integer> statements = new ConcurrentHashMap<>();
        List<Film> junction;
        try (QueryListener.Registration listening = ConnectionManager.addQueryListener(
                event -> statements.merge(event.connection(), 1, Integer::sum))) {
            junction = FilmQueries.withInventory(inventory -> inventory.withRentals(rentals -> rentals.withPayments()))
                    .all();
        }
        assertEquals(Map.of(BenchConnections.SAKILA_FILMS, 1, BenchConnections.SAKILA_INVENTORY, 1,
                BenchConnections.SAKILA_RENTALS, 1, BenchConnections.SAKILA_PAYMENTS, 1), statements);
        Map<Integer, List<String>> expected = graph(junction);
        assertEquals(databases.rowCounts().values().stream().mapToInt(Integer::intValue).sum(),
                expected.values().stream().mapToInt(List::size).sum());
        assertEquals(expected, graph(jdbc.films()));
        assertEquals(expected, graph(jooq.films()));
        assertEquals(expected, graph(jooq.filmsInto()));
    }

    /** Each film with its copies, rentals and payments described, after checking every back reference. */
    private static Map<Integer, List<String>> graph(List<Film> films) {
        Map<Integer, List<String>> result = new TreeMap<>();
        for (Film film : films) {
            List<String> lines = new ArrayList<>();
            lines.add(film.getFilmId() + "/" + film.getTitle() + "/" + film.getDescription() + "/"
                    + film.getReleaseYear() + "/" + film.getLanguageId() + "/" + film.getRentalDuration() + "/"
                    + film.getRentalRate() + "/" + film.getLength() + "/" + film.getReplacementCost() + "/"
                    + film.getRating() + "/" + film.getLastUpdate());
            for (Inventory copy : film.getInventory()) {
                assertSame(film, copy.getFilm());
                lines.add(copy.getInventoryId() + "/" + copy.getFilmId() + "/" + copy.getStoreId() + "/"
                        + copy.getLastUpdate());
                for (Rental rental : copy.getRentals()) {
                    assertSame(copy, rental.getInventory());
                    lines.add(rental.getRentalId() + "/" + rental.getRentalDate() + "/" + rental.getInventoryId()
                            + "/" + rental.getCustomerId() + "/" + rental.getReturnDate() + "/"
                            + rental.getStaffId() + "/" + rental.getLastUpdate());
                    for (Payment payment : rental.getPayments()) {
                        assertSame(rental, payment.getRental());
                        lines.add(payment.getPaymentId() + "/" + payment.getCustomerId() + "/"
                                + payment.getStaffId() + "/" + payment.getRentalId() + "/" + payment.getAmount()
                                + "/" + payment.getPaymentDate());
                    }
                }
            }
            result.put(film.getFilmId(), lines);
        }
        return result;
    }
}
