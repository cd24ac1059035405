package dev.junction.it.scope;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;

/** A clerk of a shop, on connection "default". */
@Model(table = "scope_clerks")
public class Clerk {
    @Id Long id;
    Long shopId;
    String name;

    /** Declared without an inverse, so that loading it under {@code Shop.clerks} runs a query. */
    @BelongsTo(foreignKey = "shop_id")
    Shop shop;

    public Clerk() {}

    public Clerk(Long shopId, String name) {
        this.shopId = shopId;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public Shop shop() {
        return shop;
    }
}
