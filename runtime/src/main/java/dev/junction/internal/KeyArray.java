package dev.junction.internal;

/**
 * A list of keys bound as one array parameter ({@code column = any(?)}), created with the driver's
 * {@code createArrayOf}.
 *
 * @param type the database's name of the element type, such as {@code int8}
 * @param keys the keys
 */
record KeyArray(String type, Object[] keys) {

    @Override
    public String toString() {
        return type + "[" + keys.length + " keys]";
    }
}
