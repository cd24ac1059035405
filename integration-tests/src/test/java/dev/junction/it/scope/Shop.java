package dev.junction.it.scope;

import dev.junction.annotation.HasMany;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;
import java.util.List;

/** A shop on connection "default", with sales on a connection that has a read replica and clerks beside it. */
@Model(table = "scope_shops")
public class Shop {
    @Id Long id;
    String name;

    @HasMany(foreignKey = "shop_id", inverseOf = "shop")
    List<Sale> sales;

    /** Declared without an inverse, so that {@code Clerk.shop} below it is a load of its own. */
    @HasMany(foreignKey = "shop_id")
    List<Clerk> clerks;

    public Shop() {}

    public Shop(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public List<Sale> sales() {
        return sales;
    }

    public List<Clerk> clerks() {
        return clerks;
    }
}
