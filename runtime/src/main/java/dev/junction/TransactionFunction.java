package dev.junction;

/**
 * The body of a transaction that returns a value: {@code User u = UserQueries.transaction(() -> ...)}.
 *
 * <p>It may throw anything. An unchecked exception rolls the transaction back and propagates unchanged; a
 * checked one rolls it back and is wrapped in a {@link JunctionException}.
 *
 * @param <T> the type of the value the transaction returns
 */
@FunctionalInterface
public interface TransactionFunction<T> {

    /**
     * Runs the body inside the transaction.
     *
     * @return the value the transaction returns after it committed
     * @throws Exception to roll the transaction back
     */
    T run() throws Exception;
}
