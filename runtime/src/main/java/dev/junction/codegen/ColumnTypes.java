package dev.junction.codegen;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.jooq.DataType;
import org.jooq.impl.SQLDataType;

/** Data types that generated tables use where jOOQ's own would not work on every supported database. */
public final class ColumnTypes {

    /** {@code LocalDateTime}: jOOQ's type, bound so that MariaDB keeps its microseconds. */
    public static final DataType<LocalDateTime> LOCAL_DATE_TIME =
            SQLDataType.LOCALDATETIME.asConvertedDataType(LocalDateTimeBinding.INSTANCE);

    /** {@code OffsetDateTime}: timestamp with time zone, or UTC {@code DATETIME(6)} on MySQL and MariaDB. */
    public static final DataType<OffsetDateTime> OFFSET_DATE_TIME =
            SQLDataType.TIMESTAMPWITHTIMEZONE.asConvertedDataType(TimestampBinding.OFFSET_DATE_TIME);

    /** {@code Instant}: timestamp with time zone, or UTC {@code DATETIME(6)} on MySQL and MariaDB. */
    public static final DataType<Instant> INSTANT =
            SQLDataType.TIMESTAMPWITHTIMEZONE.asConvertedDataType(TimestampBinding.INSTANT);

    private ColumnTypes() {}
}
