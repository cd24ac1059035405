package dev.junction.it.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Values for {@link Everything}, whose fields are package-private, and a field-by-field comparison. The values
 * sit at the edges of each type but are ones every database holds exactly (microsecond times, floats with few
 * digits, a decimal with the column's scale).
 */
public final class EverythingSamples {

    private EverythingSamples() {}

    /** Every column set, most to extreme values. */
    public static Everything full() {
        Everything e = new Everything();
        e.text = "Grüße, 世界 \"quoted\" and 'single' \\ back";
        e.primitiveLong = Long.MAX_VALUE;
        e.boxedLong = Long.MIN_VALUE;
        e.primitiveInt = Integer.MIN_VALUE;
        e.boxedInt = Integer.MAX_VALUE;
        e.primitiveShort = Short.MAX_VALUE;
        e.boxedShort = Short.MIN_VALUE;
        e.primitiveBoolean = true;
        e.boxedBoolean = Boolean.FALSE;
        e.primitiveDouble = 1234567.890625;
        e.boxedDouble = -0.1;
        e.primitiveFloat = 1.5f;
        e.boxedFloat = -0.25f;
        e.amount = new BigDecimal("-1234567890123456.7891");
        e.uuid = UUID.fromString("0e9f7c2a-5b6d-4c3e-8f1a-2b3c4d5e6f70");
        e.day = LocalDate.of(2024, 2, 29);
        e.localTime = LocalDateTime.of(2024, 7, 14, 13, 45, 30, 123_456_000);
        e.offsetTime = OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000, ZoneOffset.ofHours(5));
        e.instant = Instant.parse("2038-01-19T03:14:08.000001Z");
        e.data = new byte[] {0, 1, -1, 127, -128, 'x', 0};
        e.mood = Mood.CURIOUS;
        e.year = 2024;
        e.setSecret("s3cr3t");
        e.scratch = "never stored";
        return e;
    }

    /** Only the text set: every other nullable column stays null, the primitives stay 0 and false. */
    public static Everything empty(String text) {
        Everything e = new Everything();
        e.text = text;
        return e;
    }

    /** The id. */
    public static Long id(Everything e) {
        return e.id;
    }

    /** Sets the id and returns the model. */
    public static Everything withId(Everything e, Long id) {
        e.id = id;
        return e;
    }

    /** The text column. */
    public static String text(Everything e) {
        return e.text;
    }

    /** The transient field, which is never stored. */
    public static String scratch(Everything e) {
        return e.scratch;
    }

    /**
     * Asserts that every mapped column of {@code actual} equals that of {@code expected} (the id too); offset
     * date-times are compared as instants, since not every database keeps the offset, and decimals by value, since a
     * column of fixed scale (such as {@code decimal(38,10)} from {@code createTables} on MariaDB) pads the scale.
     */
    public static void assertSameColumns(Everything expected, Everything actual) {
        assertAll(
                () -> assertEquals(expected.id, actual.id, "id"),
                () -> assertEquals(expected.text, actual.text, "text"),
                () -> assertEquals(expected.primitiveLong, actual.primitiveLong, "primitiveLong"),
                () -> assertEquals(expected.boxedLong, actual.boxedLong, "boxedLong"),
                () -> assertEquals(expected.primitiveInt, actual.primitiveInt, "primitiveInt"),
                () -> assertEquals(expected.boxedInt, actual.boxedInt, "boxedInt"),
                () -> assertEquals(expected.primitiveShort, actual.primitiveShort, "primitiveShort"),
                () -> assertEquals(expected.boxedShort, actual.boxedShort, "boxedShort"),
                () -> assertEquals(expected.primitiveBoolean, actual.primitiveBoolean, "primitiveBoolean"),
                () -> assertEquals(expected.boxedBoolean, actual.boxedBoolean, "boxedBoolean"),
                () -> assertEquals(expected.primitiveDouble, actual.primitiveDouble, "primitiveDouble"),
                () -> assertEquals(expected.boxedDouble, actual.boxedDouble, "boxedDouble"),
                () -> assertEquals(expected.primitiveFloat, actual.primitiveFloat, "primitiveFloat"),
                () -> assertEquals(expected.boxedFloat, actual.boxedFloat, "boxedFloat"),
                () -> assertEquals(expected.amount == null ? null : expected.amount.stripTrailingZeros(),
                        actual.amount == null ? null : actual.amount.stripTrailingZeros(), "amount"),
                () -> assertEquals(expected.uuid, actual.uuid, "uuid"),
                () -> assertEquals(expected.day, actual.day, "day"),
                () -> assertEquals(expected.localTime, actual.localTime, "localTime"),
                () -> assertEquals(expected.offsetTime == null ? null : expected.offsetTime.toInstant(),
                        actual.offsetTime == null ? null : actual.offsetTime.toInstant(), "offsetTime"),
                () -> assertEquals(expected.instant, actual.instant, "instant"),
                () -> assertArrayEquals(expected.data, actual.data, "data"),
                () -> assertEquals(expected.mood, actual.mood, "mood"),
                () -> assertEquals(expected.year, actual.year, "year"),
                () -> assertEquals(expected.getSecret(), actual.getSecret(), "secret"));
    }
}
