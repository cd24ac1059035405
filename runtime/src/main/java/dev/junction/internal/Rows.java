package dev.junction.internal;

/** Null-safe unboxing for primitive model fields: a SQL NULL becomes the primitive's default. */
public final class Rows {

    private Rows() {}

    /** The value as a {@code long}; null is 0. */
    public static long longValue(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }

    /** The value as an {@code int}; null is 0. */
    public static int intValue(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** The value as a {@code short}; null is 0. */
    public static short shortValue(Object value) {
        return value == null ? 0 : ((Number) value).shortValue();
    }

    /** The value as a {@code double}; null is 0. */
    public static double doubleValue(Object value) {
        return value == null ? 0d : ((Number) value).doubleValue();
    }

    /** The value as a {@code float}; null is 0. */
    public static float floatValue(Object value) {
        return value == null ? 0f : ((Number) value).floatValue();
    }

    /** The value as a {@code boolean}; null is false. */
    public static boolean booleanValue(Object value) {
        return value != null && (Boolean) value;
    }
}
