package dev.junction;

/**
 * What Junction does when a model is written on one connection while the current thread has a transaction
 * open on another connection only. Such a write is <em>not</em> part of that transaction: it commits on its
 * own, and it is not undone if the transaction rolls back.
 *
 * @see ConnectionManager#setCrossDatabaseWritePolicy(CrossDatabaseWritePolicy)
 */
public enum CrossDatabaseWritePolicy {

    /** Throw {@link CrossDatabaseWriteException} before the write is sent; the enclosing transaction rolls back. */
    FAIL,

    /** Log a warning naming both connections and the model, once per transaction, then write. The default. */
    WARN,

    /** Write silently. */
    ALLOW
}
