package dev.junction.it.scope;

import dev.junction.annotation.BelongsTo;
import dev.junction.annotation.Connection;
import dev.junction.annotation.Id;
import dev.junction.annotation.Model;

/** A line of a sale, written on "secondary" and read from its replica "tertiary" like the sale. */
@Model(table = "scope_line_items")
@Connection(value = "secondary", read = "tertiary")
public class LineItem {
    @Id Long id;
    Long saleId;
    String product;

    @BelongsTo(foreignKey = "sale_id", inverseOf = "lineItems")
    Sale sale;

    public LineItem() {}

    public LineItem(Long saleId, String product) {
        this.saleId = saleId;
        this.product = product;
    }

    public String product() {
        return product;
    }
}
