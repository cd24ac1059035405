package dev.junction.internal;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.Arrays;
import java.util.function.Function;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.DataType;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The jOOQ binding of a key list sent as one typed array parameter: Junction binds the {@link KeyArray} itself, with
 * {@link java.sql.Connection#createArrayOf}, and this binding renders it (and would bind it the same way). jOOQ's own array binding sends text and casts it, which PostgreSQL
 * cannot fold into a constant at planning time, so {@code = any(...)} then compares every row with every key
 * (seconds for a few thousand keys); a typed array is a constant, which PostgreSQL hashes.
 */
final class KeyArrayBinding implements Binding<Object, KeyArray> {

    private static final long serialVersionUID = 1L;

    private static final Converter<Object, KeyArray> CONVERTER =
            Converter.ofNullable(Object.class, KeyArray.class, KeyArray.class::cast, Function.identity());

    /** The data type of a key-array parameter; its value, a {@link KeyArray}, names its element type. */
    static final DataType<KeyArray> TYPE = SQLDataType.OTHER.asConvertedDataType(new KeyArrayBinding());

    private KeyArrayBinding() {}

    @Override
    public Converter<Object, KeyArray> converter() {
        return CONVERTER;
    }

    @Override
    public void sql(BindingSQLContext<KeyArray> ctx) {
        if (ctx.render().paramType() == ParamType.INLINED) {
            KeyArray keys = ctx.value();
            ctx.render().visit(DSL.inline(String.valueOf(Arrays.asList(keys.keys())))).sql("::").sql(keys.type())
                    .sql("[]");
        } else {
            ctx.render().sql(ctx.variable());
        }
    }

    @Override
    public void register(BindingRegisterContext<KeyArray> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.ARRAY);
    }

    @Override
    public void set(BindingSetStatementContext<KeyArray> ctx) throws SQLException {
        KeyArray keys = ctx.value();
        ctx.statement().setArray(ctx.index(), ctx.statement().getConnection().createArrayOf(keys.type(), keys.keys()));
    }

    @Override
    public void set(BindingSetSQLOutputContext<KeyArray> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("Key arrays are only bound as parameters");
    }

    @Override
    public void get(BindingGetResultSetContext<KeyArray> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("Key arrays are only bound, never read");
    }

    @Override
    public void get(BindingGetStatementContext<KeyArray> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("Key arrays are only bound, never read");
    }

    @Override
    public void get(BindingGetSQLInputContext<KeyArray> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException("Key arrays are only bound, never read");
    }
}
