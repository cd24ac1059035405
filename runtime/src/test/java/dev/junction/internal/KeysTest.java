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
    private static final DSLContext MYSQL = DSL.using(SQLDialect.MYSQL);

    private static List<Long> keys(long count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    private static int binds(Condition condition) {
        return MYSQL.extractBindValues(condition).size();
    }

    @Test
    void inListsHoldAtMostAThousandKeysPaddedToAPowerOfTwo() {
        List<Condition> chunks = Keys.in(DriverKind.MYSQL, USER_ID, keys(2500));
        assertEquals(3, chunks.size());
        assertEquals(List.of(1024, 1024, 512), chunks.stream().map(KeysTest::binds).toList());
        assertEquals(List.of(1000L, 1000L, 500L), chunks.stream()
                .map(c -> MYSQL.extractBindValues(c).stream().distinct().count()).toList());
    }

    @Test
    void paddingRepeatsTheLastKeySoTheSqlTextIsStable() {
        Condition three = Keys.in(DriverKind.H2, USER_ID, keys(3)).get(0);
        Condition four = Keys.in(DriverKind.H2, USER_ID, List.of(7L, 8L, 9L, 10L)).get(0);
        assertEquals(MYSQL.render(three), MYSQL.render(four));
        assertEquals(Arrays.asList(1L, 2L, 3L, 3L), MYSQL.extractBindValues(three));
        assertEquals(1, binds(Keys.in(DriverKind.H2, USER_ID, keys(1)).get(0)));
    }

    @Test
    void nullsAndDuplicatesAreDroppedAndNoKeysMeanNoStatement() {
        List<Long> withNulls = new ArrayList<>(Arrays.asList(5L, null, 5L, 6L));
        assertEquals(List.of(5L, 6L), MYSQL.extractBindValues(Keys.in(DriverKind.MARIADB, USER_ID, withNulls).get(0)));
        assertTrue(Keys.in(DriverKind.MYSQL, USER_ID, List.of()).isEmpty());
        assertTrue(Keys.in(DriverKind.POSTGRESQL, USER_ID, Arrays.asList((Long) null)).isEmpty());
    }

    @Test
    void postgresqlGetsOneTypedArrayParameterForAnyNumberOfKeys() {
        List<Condition> conditions = Keys.in(DriverKind.POSTGRESQL, USER_ID, keys(50_000));
        assertEquals(1, conditions.size());
        DSLContext postgres = DSL.using(SQLDialect.POSTGRES);
        assertEquals("(\"posts\".\"user_id\" = any(?))", postgres.render(conditions.get(0)));
        assertEquals(1, postgres.extractBindValues(conditions.get(0)).size());
    }
}
