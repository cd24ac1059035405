package dev.junction;

/**
 * Receives the committed writes of one model class; added with {@code ConnectionManager.addModelListener}. It is
 * called on the thread that committed, after the commit (outside a transaction, right after the statement), once per
 * row written, in commit order; never for a write that rolled back, nor for the writes of a savepoint (a nested
 * transaction) that rolled back. An exception it throws is logged and does not reach the code that wrote: the write
 * has committed already.
 *
 * @param <M> the model class
 */
@FunctionalInterface
public interface ModelListener<M> {

    /**
     * Called once per committed write of a row.
     *
     * @param event the write
     */
    void onCommitted(ModelEvent<M> event);

    /** Removes the listener when closed. */
    interface Registration extends AutoCloseable {

        /** Removes the listener; closing twice does nothing. */
        @Override
        void close();
    }
}
