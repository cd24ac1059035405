package dev.junction.it.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ReferentialIntegrityException;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.StatementLog;
import dev.junction.it.support.TestConnections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Referential integrity across databases: customers in PostgreSQL, their rentals in MariaDB. */
class ReferentialIntegrityTest {

    private TestConnections connections;
    private Customer ada;

    @BeforeEach
    void open() {
        connections = TestConnections.on(DatabaseKind.POSTGRESQL).bind("secondary", DatabaseKind.MARIADB).open();
        ada = CustomerQueries.insert(new Customer("ada"));
    }

    @AfterEach
    void close() {
        connections.close();
    }

    @Test
    void aWriteThatRefersToAMissingParentFailsBeforeAnythingIsWritten() {
        try (StatementLog log = StatementLog.start()) {
            ReferentialIntegrityException e = assertThrows(ReferentialIntegrityException.class,
                    () -> RentalQueries.insert(new Rental(404L, "Alien")));
            assertEquals("Cannot write dev.junction.it.integrity.Rental on connection 'secondary': customer_id 404"
                    + " refers to no dev.junction.it.integrity.Customer on connection 'default' (@BelongsTo"
                    + " Rental.customer has checkExists = true); nothing was written", e.getMessage());
            assertEquals(Map.of("default", 1), log.perConnection(), "one lookup, and no write");
        }
        assertEquals(0, RentalQueries.count());
    }

    @Test
    void insertAllChecksEveryKeyInOneQueryAndWritesNothingWhenOneIsMissing() {
        List<Rental> rentals = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rentals.add(new Rental(i == 150 ? 999L : ada.id(), "film " + i));
        }
        try (StatementLog log = StatementLog.start()) {
            ReferentialIntegrityException e = assertThrows(ReferentialIntegrityException.class,
                    () -> RentalQueries.insertAll(rentals));
            assertTrue(e.getMessage().contains("customer_id 999 refers to no"), e.getMessage());
            assertEquals(Map.of("default", 1), log.perConnection());
        }
        assertEquals(0, RentalQueries.count());
        assertTrue(rentals.stream().allMatch(r -> r.id() == null));

        rentals.get(150).customerId(ada.id());
        try (StatementLog log = StatementLog.start()) {
            RentalQueries.insertAll(rentals);
            assertEquals(Map.of("default", 1, "secondary", 1), log.perConnection());
        }
        assertEquals(300, RentalQueries.count());
    }

    @Test
    void updatesAreCheckedAndNullKeysAreAllowed() {
        Rental rental = RentalQueries.insert(new Rental(ada.id(), "Heat"));
        rental.customerId(12345L);
        assertThrows(ReferentialIntegrityException.class, () -> RentalQueries.update(rental));
        assertThrows(ReferentialIntegrityException.class, () -> RentalQueries.save(rental));
        assertEquals(ada.id(), RentalQueries.findById(rental.id()).orElseThrow().customerId);

        rental.customerId(null);
        try (StatementLog log = StatementLog.start()) {
            RentalQueries.update(rental);
            assertEquals(Map.of("secondary", 1), log.perConnection(), "a null key refers to nothing: no lookup");
        }
        assertNull(RentalQueries.findById(rental.id()).orElseThrow().customerId);
    }

    @Test
    void theOrphanScanFindsChildrenWhoseParentIsGoneInBoundedBatches() {
        Customer grace = CustomerQueries.insert(new Customer("grace"));
        List<Rental> rentals = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            rentals.add(new Rental(i % 3 == 0 ? grace.id() : ada.id(), "film " + i));
        }
        rentals.add(new Rental(null, "no customer"));
        RentalQueries.insertAll(rentals);
        CustomerQueries.delete(grace);

        try (StatementLog log = StatementLog.start(); Stream<Rental> orphans = RentalQueries.findOrphansOfCustomer()) {
            List<Rental> found = orphans.toList();
            assertEquals(400, found.size());
            assertTrue(found.stream().allMatch(r -> grace.id().equals(r.customerId)));
            assertEquals(Map.of("default", 3, "secondary", 1), log.perConnection(),
                    "one cursor over the rentals, one parent lookup per batch of 500");
        }
    }
}
