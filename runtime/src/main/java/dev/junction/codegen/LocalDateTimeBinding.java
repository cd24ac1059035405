package dev.junction.codegen;

import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.function.Function;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Binds {@link LocalDateTime} through JDBC 4.2 objects, and as text with microseconds on MySQL and MariaDB, where
 * MySQL Connector/J would drop fractional seconds from a temporal parameter sent to a MariaDB server (see
 * {@link TimestampBinding}).
 */
final class LocalDateTimeBinding extends ScalarBinding<LocalDateTime, LocalDateTime> {

    private static final long serialVersionUID = 1L;

    /** The one instance. */
    public static final LocalDateTimeBinding INSTANCE = new LocalDateTimeBinding();

    private static final Converter<LocalDateTime, LocalDateTime> IDENTITY =
            Converter.ofNullable(LocalDateTime.class, LocalDateTime.class, Function.identity(), Function.identity());

    private LocalDateTimeBinding() {}

    @Override
    public Converter<LocalDateTime, LocalDateTime> converter() {
        return IDENTITY;
    }

    @Override
    public void sql(BindingSQLContext<LocalDateTime> ctx) {
        if (ctx.render().paramType() == ParamType.INLINED) {
            ctx.render().visit(DSL.inline(ctx.value(), SQLDataType.LOCALDATETIME));
        } else {
            ctx.render().sql(ctx.variable());
        }
    }

    @Override
    public void register(BindingRegisterContext<LocalDateTime> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.TIMESTAMP);
    }

    @Override
    public void set(BindingSetStatementContext<LocalDateTime> ctx) throws SQLException {
        LocalDateTime value = ctx.value();
        if (value == null) {
            ctx.statement().setNull(ctx.index(), Types.TIMESTAMP);
        } else if (TimestampBinding.utcDateTime(ctx.dialect())) {
            ctx.statement().setString(ctx.index(), TimestampBinding.text(value));
        } else {
            ctx.statement().setObject(ctx.index(), value);
        }
    }

    @Override
    public void get(BindingGetResultSetContext<LocalDateTime> ctx) throws SQLException {
        ctx.value(ctx.resultSet().getObject(ctx.index(), LocalDateTime.class));
    }

    @Override
    public void get(BindingGetStatementContext<LocalDateTime> ctx) throws SQLException {
        ctx.value(ctx.statement().getObject(ctx.index(), LocalDateTime.class));
    }
}
