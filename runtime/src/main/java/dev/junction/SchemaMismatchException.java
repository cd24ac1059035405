package dev.junction;

import java.util.List;

/**
 * A model does not match its table: the table or a column is missing, or a column cannot hold the field's type. The
 * message lists every mismatch found, each with its connection, model, field and column.
 */
public class SchemaMismatchException extends JunctionException {

    private static final long serialVersionUID = 1L;

    private final List<String> mismatches;

    /**
     * Creates the exception.
     *
     * @param message the summary, naming the connections and models concerned
     * @param mismatches one line per mismatch
     * @param cause the underlying failure, or null
     * @param connection the connection concerned when there is only one, or null
     * @param model the model concerned when there is only one, or null
     */
    public SchemaMismatchException(
            String message, List<String> mismatches, Throwable cause, String connection, Class<?> model) {
        super(message, cause, connection, model, null);
        this.mismatches = List.copyOf(mismatches);
    }

    /** Every mismatch found, one line each. */
    public List<String> mismatches() {
        return mismatches;
    }
}
