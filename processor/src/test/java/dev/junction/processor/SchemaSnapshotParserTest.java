package dev.junction.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The schema snapshot format, version 1: what it reads, and the line and expectation of what it refuses. */
class SchemaSnapshotParserTest {

    private static final String HEADER = "junction-schema\t1\n";
    private static final String USERS = HEADER + """
            connection\tdefault\tPostgreSQL 16.4
            table\tdefault\tusers
            """;

    @Test
    void readsConnectionsTablesAndColumnsInTheirOrder() throws Exception {
        SchemaSnapshot snapshot = SchemaSnapshotParser.parse(USERS + """
                column\tdefault\tusers\tid\tbigint\tnot-null\tgenerated\tlong,int,short
                column\tdefault\tusers\temail\tcharacter varying(255)\tnullable\t-\tstring,enum
                column\tdefault\tusers\tlocation\tpoint\tnullable\t-\t-
                connection\tsecondary\tMariaDB 11.4.2-MariaDB
                table\tsecondary\tposts
                table\tsecondary\tTags
                """);
        assertThat(snapshot.connections().keySet()).containsExactly("default", "secondary").inOrder();
        SchemaSnapshot.Connection primary = snapshot.connections().get("default");
        assertThat(primary.product()).isEqualTo("PostgreSQL 16.4");
        SchemaSnapshot.Table users = primary.tables().get("users");
        assertThat(users.columns().keySet()).containsExactly("id", "email", "location").inOrder();
        assertThat(users.columns().get("id"))
                .isEqualTo(new SchemaSnapshot.Column("id", "bigint", false, true, Set.of("long", "int", "short")));
        assertThat(users.columns().get("email"))
                .isEqualTo(new SchemaSnapshot.Column("email", "character varying(255)", true, false,
                        Set.of("string", "enum")));
        assertThat(users.columns().get("location").holds()).isEmpty();
        assertThat(snapshot.connections().get("secondary").tables().keySet()).containsExactly("posts", "Tags")
                .inOrder();
    }

    @Test
    void ignoresCommentsBlankLinesCarriageReturnsAndAByteOrderMark() throws Exception {
        SchemaSnapshot snapshot = SchemaSnapshotParser.parse("\uFEFF# taken on 2024-05-01\r\n\r\n"
                + "junction-schema\t1\r\n# the primary\r\nconnection\tdefault\t\r\n   \r\ntable\tdefault\tusers\r\n");
        assertThat(snapshot.connections().get("default").product()).isEmpty();
        assertThat(snapshot.connections().get("default").tables()).containsKey("users");
    }

    @Test
    void refusesWhatDoesNotFollowTheFormat() {
        assertMalformed("", "it holds no record; expected `junction-schema<TAB>1` on its first line");
        assertMalformed("# only a comment\n",
                "it holds no record; expected `junction-schema<TAB>1` on its first line");
        assertMalformed("connection\tdefault\tH2\n", "at line 1: expected the header `junction-schema<TAB>1` before"
                + " any other record, found `connection<TAB>default<TAB>H2`");
        assertMalformed("junction-schema 1\n", "at line 1: expected the header `junction-schema<TAB>1` before any"
                + " other record, found `junction-schema 1`");
        assertMalformed("# future\njunction-schema\t2\n", "at line 2: the snapshot has format version 2, and this"
                + " processor reads version 1 only; take the snapshot with the Junction version of this processor");
        assertMalformed(HEADER + "view\tdefault\tactive_users\n", "at line 2: expected a `connection`, `table` or"
                + " `column` record, found `view<TAB>default<TAB>active_users`");
        assertMalformed(HEADER + "connection\tdefault\n", "at line 2: expected `connection<TAB><connection><TAB>"
                + "<database product and version>` (3 fields separated by tabs), found 2 fields:"
                + " `connection<TAB>default`");
        assertMalformed(HEADER + "connection\t\tH2\n", "at line 2: the connection name is empty");
        assertMalformed(HEADER + "connection\tdefault\tH2\nconnection\tdefault\tH2\n",
                "at line 3: connection `default` is declared a second time");
        assertMalformed(HEADER + "table\tdefault\tusers\n", "at line 2: the table refers to connection `default`,"
                + " which no earlier `connection` line declares");
        assertMalformed(USERS + "table\tdefault\tusers\n",
                "at line 4: table `users` of connection `default` is declared a second time");
        assertMalformed(USERS + "column\tdefault\tposts\tid\tbigint\tnot-null\tgenerated\tlong\n",
                "at line 4: the column refers to table `posts` of connection `default`, which no earlier `table` line"
                        + " declares");
        assertMalformed(USERS + "column\tDefault\tusers\tid\tbigint\tnot-null\tgenerated\tlong\n",
                "at line 4: the column refers to connection `Default`, which no earlier `connection` line declares");
        assertMalformed(USERS + "column\tdefault\tusers\tid\tbigint\tnot-null\tgenerated\n", "at line 4: expected"
                + " `column<TAB><connection><TAB><table><TAB><column><TAB><type><TAB>nullable|not-null<TAB>generated|-"
                + "<TAB><holds>|-` (8 fields separated by tabs), found 7 fields");
        assertMalformed(USERS + "column\tdefault\tusers\tid\tbigint\tNOT NULL\tgenerated\tlong\n",
                "at line 4: expected `nullable` or `not-null` in the sixth field of the column, found `NOT NULL`");
        assertMalformed(USERS + "column\tdefault\tusers\tid\tbigint\tnot-null\tidentity\tlong\n",
                "at line 4: expected `generated` or `-` in the seventh field of the column, found `identity`");
        assertMalformed(USERS + "column\tdefault\tusers\tid\t\tnot-null\tgenerated\tlong\n",
                "at line 4: the column type is empty");
        assertMalformed(USERS + "column\tdefault\tusers\tid\tbigint\tnot-null\tgenerated\tlong\n"
                + "column\tdefault\tusers\tid\tbigint\tnot-null\tgenerated\tlong\n",
                "at line 5: column `id` of table `users` on connection `default` is declared a second time");
    }

    @Test
    void refusesKindsItDoesNotKnow() {
        assertMalformed(USERS + "column\tdefault\tusers\trole\tvarchar(20)\tnot-null\t-\tstring,enumValue\n",
                "at line 4: the kinds the column holds (the last field) include `enumValue`, which is none of string,"
                        + " long, int, short, boolean, double, float, decimal, uuid, localDate, localDateTime,"
                        + " offsetDateTime, instant, bytes, enum; expected some of those, separated by commas, or `-`");
        assertMalformed(USERS + "column\tdefault\tusers\trole\tvarchar(20)\tnot-null\t-\t\n",
                "at line 4: the kinds the column holds (the last field) include ``, which is none of");
    }

    private static void assertMalformed(String text, String expected) {
        SchemaSnapshotParser.MalformedSnapshotException e = assertThrows(
                SchemaSnapshotParser.MalformedSnapshotException.class, () -> SchemaSnapshotParser.parse(text));
        assertThat(e).hasMessageThat().startsWith(expected);
    }
}
