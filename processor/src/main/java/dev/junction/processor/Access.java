package dev.junction.processor;

/**
 * How generated code reads and writes one field: directly, or through a JavaBean getter and setter.
 *
 * @param fieldName the field
 * @param getter the getter's name, or null for direct access
 * @param setter the setter's name, or null for direct access
 */
record Access(String fieldName, String getter, String setter) {

    static Access direct(String fieldName) {
        return new Access(fieldName, null, null);
    }

    boolean isDirect() {
        return getter == null;
    }
}
