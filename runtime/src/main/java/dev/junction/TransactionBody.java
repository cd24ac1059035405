package dev.junction;

/**
 * The body of a transaction that returns nothing: {@code UserQueries.transaction(() -> { ... })}.
 *
 * <p>It may throw anything. An unchecked exception rolls the transaction back and propagates unchanged; a
 * checked one rolls it back and is wrapped in a {@link JunctionException}.
 */
@FunctionalInterface
public interface TransactionBody {

    /**
     * Runs the body inside the transaction.
     *
     * @throws Exception to roll the transaction back
     */
    void run() throws Exception;
}
