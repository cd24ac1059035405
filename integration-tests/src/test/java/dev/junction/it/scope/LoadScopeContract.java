package dev.junction.it.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.junction.ConnectionManager;
import dev.junction.it.support.StatementLog;
import dev.junction.it.support.TestConnections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Eager loading keeps inside the caller's primary scope ({@link ConnectionManager#readFromPrimary}) and inside the
 * caller's transaction on a model's primary, at every level and in every {@code whereHasX} nested in a load, also
 * when a sibling relation makes the loader work on more than one thread: no such read goes to the read replica.
 *
 * <p>Shops and clerks are on "default"; sales and their line items are written on "secondary" and read from
 * "tertiary", which here is a database of its own that nothing replicates to, so a read that wrongly reaches it
 * finds no sales. Every pool holds one connection. Seeded before each test: shops north (clerk ann, sale s1 of
 * apple and pear) and south (clerk ben, sale s2 of plum).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LoadScopeContract {

    private static final Condition FRESH = SaleTable.LABEL.eq("fresh");

    /** The databases behind "default", "secondary" and "tertiary". */
    protected abstract TestConnections.Builder databases();

    private TestConnections connections;
    private Shop south;

    @BeforeAll
    void openConnections() {
        connections = databases().pool("maximumPoolSize", 1).pool("connectionTimeout", 2000).open();
    }

    @AfterAll
    void closeConnections() {
        connections.close();
    }

    @BeforeEach
    void seedFresh() {
        connections.clearTables();
        Shop north = ShopQueries.insert(new Shop("north"));
        south = ShopQueries.insert(new Shop("south"));
        ClerkQueries.insertAll(List.of(new Clerk(north.id, "ann"), new Clerk(south.id, "ben")));
        Sale s1 = SaleQueries.insert(new Sale(north.id, "s1"));
        Sale s2 = SaleQueries.insert(new Sale(south.id, "s2"));
        LineItemQueries.insertAll(List.of(new LineItem(s1.id, "apple"), new LineItem(s1.id, "pear"),
                new LineItem(s2.id, "plum")));
    }

    @Test
    void outsideThePrimaryScopeSalesAreReadFromTheReplica() {
        try (StatementLog statements = StatementLog.start()) {
            assertEquals(0, SaleQueries.count(), "the replica has no sales");
            assertEquals(List.of(), ShopQueries.findAll().withSales().all().get(0).sales());
            assertEquals(Map.of("default", 1, "tertiary", 2), statements.perConnection());
        }
    }

    @Test
    void readFromPrimaryCoversTheSecondAndThirdLevelOfAnEagerLoad() {
        try (StatementLog statements = StatementLog.start()) {
            List<Clerk> clerks = ConnectionManager.readFromPrimary(() -> ClerkQueries.findAll()
                    .withShop(s -> s.withSales(x -> x.withLineItems()))
                    .orderBy(ClerkTable.ID).all());
            List<Sale> sales = clerks.get(0).shop().sales();
            assertEquals(List.of("s1"), labels(sales), "the second level read the primary");
            assertEquals(List.of("apple", "pear"), products(sales.get(0).lineItems()), "so did the third");
            assertEquals(Map.of("default", 2, "secondary", 2), statements.perConnection(),
                    () -> "clerks, shops, sales, line items; none on the replica: " + statements.sql());
        }
    }

    @Test
    void readFromPrimaryCoversAWhereHasNestedAtTheSecondLevel() {
        SaleQueries.insert(new Sale(south.id, "fresh"));
        try (StatementLog statements = StatementLog.start()) {
            List<Shop> shops = ConnectionManager.readFromPrimary(() -> shopsWithClerksOfShopsWithAFreshSale());
            assertTheFreshSaleWasSeen(shops);
            assertEquals(Map.of("default", 3, "secondary", 2), statements.perConnection(),
                    () -> "shops, clerks, the clerks' shops, sales, the fresh sales' keys; none on the replica: "
                            + statements.sql());
        }
    }

    @Test
    void insideATransactionOnThePrimaryEveryLevelReadsThroughIt() {
        SaleQueries.transaction(() -> {
            Sale fresh = SaleQueries.insert(new Sale(south.id, "fresh"));
            LineItemQueries.insert(new LineItem(fresh.id, "kiwi"));
            try (StatementLog statements = StatementLog.start()) {
                List<Clerk> clerks = ClerkQueries.findAll()
                        .withShop(s -> s.withSales(x -> x.withLineItems()))
                        .orderBy(ClerkTable.ID).all();
                List<Sale> sales = clerks.get(1).shop().sales();
                assertEquals(List.of("s2", "fresh"), labels(sales), "the uncommitted sale, at the second level");
                assertEquals(List.of("kiwi"), products(sales.get(1).lineItems()), "its line, at the third");
                assertEquals(Map.of("default", 2, "secondary", 2), statements.perConnection(),
                        () -> String.valueOf(statements.sql()));
            }
            assertEquals(0, committedSales("fresh"), "still uncommitted");
        });
        assertEquals(1, committedSales("fresh"));
    }

    @Test
    void insideATransactionOnThePrimaryAWhereHasNestedAtTheSecondLevelReadsThroughIt() {
        SaleQueries.transaction(() -> {
            SaleQueries.insert(new Sale(south.id, "fresh"));
            try (StatementLog statements = StatementLog.start()) {
                List<Shop> shops = shopsWithClerksOfShopsWithAFreshSale();
                assertTheFreshSaleWasSeen(shops);
                assertEquals(Map.of("default", 3, "secondary", 2), statements.perConnection(),
                        () -> String.valueOf(statements.sql()));
            }
            assertEquals(0, committedSales("fresh"), "still uncommitted");
        });
        assertEquals(1, committedSales("fresh"));
    }

    /**
     * The shops with their sales and their clerks, and under each clerk its shop only when that shop has a fresh
     * sale. The clerks (on "default") and the sales (on "secondary") are siblings on two connections.
     */
    private static List<Shop> shopsWithClerksOfShopsWithAFreshSale() {
        return ShopQueries.findAll()
                .withClerks(c -> c.withShop(s -> s.whereHasSales(x -> x.where(FRESH))))
                .withSales()
                .orderBy(ShopTable.ID).all();
    }

    private static void assertTheFreshSaleWasSeen(List<Shop> shops) {
        assertEquals(List.of("s2", "fresh"), labels(shops.get(1).sales()), "the sibling saw the fresh sale");
        Clerk ben = shops.get(1).clerks().get(0);
        assertEquals("south", Optional.ofNullable(ben.shop()).map(Shop::name).orElse("(none)"),
                "the whereHas under ben saw south's fresh sale");
        assertNull(shops.get(0).clerks().get(0).shop(), "north has no fresh sale");
    }

    private static List<String> labels(List<Sale> sales) {
        return sales.stream().map(Sale::label).toList();
    }

    private static List<String> products(List<LineItem> items) {
        return items.stream().map(LineItem::product).toList();
    }

    /** The committed sales with that label on the primary, read with plain JDBC outside Junction. */
    private long committedSales(String label) {
        String sql = "select count(*) from scope_sales where label = ?";
        try (Connection jdbc = connections.database("secondary").connect();
                PreparedStatement statement = jdbc.prepareStatement(sql)) {
            statement.setString(1, label);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("Could not count the committed sales: " + e, e);
        }
    }
}
