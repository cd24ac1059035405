package dev.junction.it.scope;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.HasMany;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;
import java.util.List;

/**
 * Written on "secondary" and read from "tertiary", its read replica; in these tests the replica is a database of
 * its own that nothing replicates to, so a read that reaches it finds no sales.
 */
@Model(table = "scope_sales")
@Connection(value = "secondary", read = "tertiary")
public class Sale {
    @Id Long id;
    Long shopId;
    String label;

    @BelongsTo(foreignKey = "shop_id", inverseOf = "sales")
    Shop shop;

    @HasMany(foreignKey = "sale_id", inverseOf = "sale")
    List<LineItem> lineItems;

    public Sale() {}

    public Sale(Long shopId, String label) {
        this.shopId = shopId;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public List<LineItem> lineItems() {
        return lineItems;
    }
}
