package dev.junction.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Binds a key list to PostgreSQL as one typed array parameter ({@code int8[]}, {@code uuid[]}, ...) through
 * {@link java.sql.Connection#createArrayOf}. jOOQ's own array binding sends text and casts it, which PostgreSQL
 * cannot fold into a constant at planning time, so {@code = ANY(...)} then compares every row with every key
 * (seconds for a few thousand keys); a typed array is a constant, which PostgreSQL hashes.
 */
final class PgArrayBinding extends ScalarBinding<Object[], Object[]> {

    private static final long serialVersionUID = 1L;

    private static final Map<Class<?>, String> TYPE_NAMES = Map.of(
            Long.class, "int8", Integer.class, "int4", Short.class, "int2", String.class, "text",
            UUID.class, "uuid", BigDecimal.class, "numeric", LocalDate.class, "date", Boolean.class, "bool");

    private static final Converter<Object[], Object[]> IDENTITY =
            Converter.ofNullable(Object[].class, Object[].class, Function.identity(), Function.identity());

    private final String typeName;

    private PgArrayBinding(String typeName) {
        this.typeName = typeName;
    }

    /** The array data type for keys of that Java type, or null when PostgreSQL has no array type Junction knows. */
    static DataType<Object[]> arrayType(Class<?> keyType) {
        String name = TYPE_NAMES.get(keyType);
        return name == null ? null
                : SQLDataType.OTHER.getArrayDataType().asConvertedDataType(new PgArrayBinding(name));
    }

    @Override
    public Converter<Object[], Object[]> converter() {
        return IDENTITY;
    }

    @Override
    public void sql(BindingSQLContext<Object[]> ctx) {
        if (ctx.render().paramType() == ParamType.INLINED) {
            ctx.render().visit(DSL.inline(String.valueOf(java.util.Arrays.asList(ctx.value())))).sql("::")
                    .sql(typeName).sql("[]");
        } else {
            ctx.render().sql(ctx.variable());
        }
    }

    @Override
    public void register(BindingRegisterContext<Object[]> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.ARRAY);
    }

    @Override
    public void set(BindingSetStatementContext<Object[]> ctx) throws SQLException {
        Array array = ctx.statement().getConnection().createArrayOf(typeName, ctx.value());
        ctx.statement().setArray(ctx.index(), array);
    }

    @Override
    public void get(BindingGetResultSetContext<Object[]> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("Key arrays are only bound, never read");
    }

    @Override
    public void get(BindingGetStatementContext<Object[]> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("Key arrays are only bound, never read");
    }
}
