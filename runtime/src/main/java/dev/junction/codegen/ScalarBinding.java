package dev.junction.codegen;

import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import org.jooq.Binding;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingSetSQLOutputContext;

/**
 * The part every Junction binding shares: values that live in columns and parameters, never inside user-defined
 * SQL types, which no supported database needs for them.
 *
 * @param <T> the database type
 * @param <U> the Java type
 */
abstract class ScalarBinding<T, U> implements Binding<T, U> {

    private static final long serialVersionUID = 1L;

    @Override
    public final void set(BindingSetSQLOutputContext<U> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException(getClass().getSimpleName() + " does not bind user-defined types");
    }

    @Override
    public final void get(BindingGetSQLInputContext<U> ctx) throws SQLException {
        throw new SQLFeatureNotSupportedException(getClass().getSimpleName() + " does not bind user-defined types");
    }
}
