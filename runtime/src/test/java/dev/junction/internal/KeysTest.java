package dev.junction.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

class KeysTest {

    private static final Field<Long> USER_ID = DSL.field(DSL.name("posts", "user_id"), SQLDataType.BIGINT);
    private static final Dialect MYSQL = Dialect.forKey("mysql").orElseThrow();
    private static final Dialect H2 = Dialect.forKey("h2").orElseThrow();
    private static final Dialect POSTGRESQL = Dialect.forKey("postgresql").orElseThrow();

    private static List<Object> keys(long count) {
        return new ArrayList<>(LongStream.rangeClosed(1, count).boxed().toList());
    }

    @Test
    void inListsHoldAtMostAThousandKeysPaddedToAPowerOfTwo() {
        List<List<Object>> chunks = Keys.chunks(MYSQL, ColumnKind.LONG, keys(2500));
        assertEquals(List.of(1000, 1000, 500), chunks.stream().map(List::size).toList());
        assertEquals(List.of(1024, 1024, 512), chunks.stream().map(c -> Keys.pad(c).size()).toList());
    }

    @Test
    void paddingRepeatsTheLastKeySoTheSqlTextIsStable() {
        assertEquals(Arrays.asList(1L, 2L, 3L, 3L), Keys.pad(keys(3)));
        assertEquals(4, Keys.padded(3));
        assertEquals(4, Keys.padded(4));
        assertEquals(1, Keys.padded(1));
        assertEquals(1024, Keys.padded(1000));
    }

    @Test
    void nullsAndDuplicatesAreDroppedAndNoKeysMeanNoStatement() {
        assertEquals(List.of(5L, 6L), Keys.distinct(Arrays.asList(5L, null, 5L, 6L)));
        assertTrue(Keys.chunks(MYSQL, ColumnKind.LONG, List.of()).isEmpty());
        assertTrue(Keys.chunks(POSTGRESQL, ColumnKind.LONG, Keys.distinct(Arrays.asList((Long) null))).isEmpty());
    }

    @Test
    void postgresqlGetsOneTypedArrayParameterForAnyNumberOfKeys() {
        List<List<Object>> chunks = Keys.chunks(POSTGRESQL, ColumnKind.LONG, keys(50_000));
        assertEquals(1, chunks.size());
        Condition condition = Keys.condition(POSTGRESQL, USER_ID, keys(50_000));
        DSLContext postgres = DSL.using(SQLDialect.POSTGRES);
        assertEquals("(\"posts\".\"user_id\" = any(?))", postgres.render(condition));
        assertEquals(1, postgres.extractBindValues(condition).size());
    }

    @Test
    void aWhereHasConditionTakesAnyNumberOfKeysInOneStatementOnEveryDatabase() {
        DSLContext mysql = DSL.using(SQLDialect.MYSQL);
        Condition few = Keys.condition(MYSQL, USER_ID, keys(3));
        assertEquals(4, mysql.extractBindValues(few).size());
        Condition many = Keys.condition(MYSQL, USER_ID, keys(70_000));
        assertEquals(1, mysql.extractBindValues(many).size());
        assertTrue(mysql.render(many).contains("json_table(?"), mysql.render(many));
        DSLContext h2 = DSL.using(SQLDialect.H2);
        assertEquals("(\"posts\".\"user_id\" = any(?))", h2.render(Keys.condition(H2, USER_ID, keys(40_000))));
        assertEquals("((\"posts\".\"user_id\" = any(?)) or (\"posts\".\"user_id\" = any(?)))",
                h2.render(Keys.condition(H2, USER_ID, keys(70_000))), "an H2 array holds at most 65 536 elements");
    }
}
