package dev.junction.codegen;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Binds {@link OffsetDateTime} and {@link Instant} columns through JDBC 4.2 objects. PostgreSQL and H2 keep them in
 * {@code timestamp with time zone}; MySQL and MariaDB have no such type, so there they are stored in a
 * {@code DATETIME(6)} column as the UTC date-time, and read back with offset UTC (the same instant). On those two
 * the value is sent as text with microseconds: MySQL Connector/J drops fractional seconds from temporal parameters
 * when it takes a MariaDB server (which announces itself as version "5.5.5-10.x") for a MySQL older than 5.6.4.
 *
 * @param <U> {@code OffsetDateTime} or {@code Instant}
 */
final class TimestampBinding<U> extends ScalarBinding<OffsetDateTime, U> {

    private static final long serialVersionUID = 1L;

    /** For {@code OffsetDateTime} fields. */
    public static final TimestampBinding<OffsetDateTime> OFFSET_DATE_TIME = new TimestampBinding<>(
            Converter.ofNullable(OffsetDateTime.class, OffsetDateTime.class, Function.identity(), Function.identity()));

    /** For {@code Instant} fields. */
    public static final TimestampBinding<Instant> INSTANT = new TimestampBinding<>(Converter.ofNullable(
            OffsetDateTime.class, Instant.class, OffsetDateTime::toInstant, i -> i.atOffset(ZoneOffset.UTC)));

    private static final DateTimeFormatter MYSQL_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private final Converter<OffsetDateTime, U> converter;

    private TimestampBinding(Converter<OffsetDateTime, U> converter) {
        this.converter = converter;
    }

    @Override
    public Converter<OffsetDateTime, U> converter() {
        return converter;
    }

    static boolean utcDateTime(SQLDialect dialect) {
        SQLDialect family = dialect.family();
        return family == SQLDialect.MYSQL || family == SQLDialect.MARIADB;
    }

    @Override
    public void sql(BindingSQLContext<U> ctx) {
        if (ctx.render().paramType() != ParamType.INLINED) {
            ctx.render().sql(ctx.variable());
            return;
        }
        OffsetDateTime value = converter.to(ctx.value());
        if (value == null) {
            ctx.render().visit(DSL.inline((Object) null));
        } else if (utcDateTime(ctx.dialect())) {
            ctx.render().visit(DSL.inline(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(),
                    SQLDataType.LOCALDATETIME));
        } else {
            ctx.render().visit(DSL.inline(value, SQLDataType.OFFSETDATETIME));
        }
    }

    @Override
    public void register(BindingRegisterContext<U> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(),
                utcDateTime(ctx.dialect()) ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    public void set(BindingSetStatementContext<U> ctx) throws SQLException {
        OffsetDateTime value = converter.to(ctx.value());
        if (value == null) {
            ctx.statement().setNull(ctx.index(),
                    utcDateTime(ctx.dialect()) ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (utcDateTime(ctx.dialect())) {
            ctx.statement().setString(ctx.index(), text(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()));
        } else {
            ctx.statement().setObject(ctx.index(), value);
        }
    }

    /** A date-time as MySQL and MariaDB parse it, with all six fractional digits. */
    static String text(LocalDateTime value) {
        return MYSQL_DATE_TIME.format(value);
    }

    @Override
    public void get(BindingGetResultSetContext<U> ctx) throws SQLException {
        ctx.convert(converter).value(read(ctx.resultSet(), ctx.index(), ctx.dialect()));
    }

    private static OffsetDateTime read(ResultSet rs, int index, SQLDialect dialect) throws SQLException {
        if (utcDateTime(dialect)) {
            LocalDateTime utc = rs.getObject(index, LocalDateTime.class);
            return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
        }
        return rs.getObject(index, OffsetDateTime.class);
    }

    @Override
    public void get(BindingGetStatementContext<U> ctx) throws SQLException {
        if (utcDateTime(ctx.dialect())) {
            LocalDateTime utc = ctx.statement().getObject(ctx.index(), LocalDateTime.class);
            ctx.convert(converter).value(utc == null ? null : utc.atOffset(ZoneOffset.UTC));
        } else {
            ctx.convert(converter).value(ctx.statement().getObject(ctx.index(), OffsetDateTime.class));
        }
    }
}
