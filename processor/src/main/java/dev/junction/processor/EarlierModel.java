package dev.junction.processor;

/**
 * A model of an earlier compilation (another Maven module, a jar on the class path), as its marker in
 * {@value ModelMarkers#PACKAGE} records it: all that the checks across models need of it.
 *
 * @param className the qualified name of the model class
 * @param table its table
 * @param connection its write connection
 * @param readConnection its read connection, or null
 */
record EarlierModel(String className, String table, String connection, String readConnection) {

    /** How messages say where such a model comes from: "com.example.User (from an earlier compilation)". */
    static final String ORIGIN = "from an earlier compilation";
}
