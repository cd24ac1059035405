package dev.junction.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.junction.processor.Compilations.compile;
import static dev.junction.processor.Compilations.generatedSourceNames;
import static dev.junction.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about mapped fields: codes JUNCTION-COL-*. */
class ColumnDiagnosticsTest {

    @Test
    void unsupportedType() {
        JavaFileObject event = source("com.example.Event", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;
                import java.util.Date;

                @Model
                public class Event {
                    @Id Long id;
                    Date happenedAt;
                }
                """);
        Compilation compilation = compile(event);
        assertThat(compilation).hadErrorContaining("[JUNCTION-COL-001] Field `happenedAt` of com.example.Event has type"
                + " java.util.Date, which Junction cannot map to a column").inFile(event)
                .onLineContaining("Date happenedAt;");
        assertThat(compilation).hadErrorContaining("Supported: String, long/Long,");
        assertThat(compilation).hadErrorContaining("Mark it @Transient, or change its type");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void twoFieldsOnOneColumn() {
        JavaFileObject post = source("com.example.Post", """
                package com.example;

                import dev.junction.annotation.Column;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Post {
                    @Id Long id;
                    String title;
                    @Column("title") String heading;
                }
                """);
        Compilation compilation = compile(post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-COL-002] Field `heading` of com.example.Post maps to"
                + " column `title`, which field `title` maps already").inFile(post)
                .onLineContaining("@Column(\"title\") String heading;");
        assertThat(compilation).hadErrorContaining("Give one of them another @Column name");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void privateFieldWithoutAccessors() {
        JavaFileObject user = source("com.example.User", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class User {
                    @Id Long id;
                    private String email;
                }
                """);
        Compilation compilation = compile(user);
        assertThat(compilation).hadErrorContaining("[JUNCTION-COL-003] Field `email` of com.example.User is private and"
                + " has no getter getEmail() and setter setEmail(java.lang.String)").inFile(user)
                .onLineContaining("private String email;");
        assertThat(compilation).hadErrorContaining("make the field package-private");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void privateFieldWithGetterOnly() {
        JavaFileObject user = source("com.example.User", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class User {
                    @Id Long id;
                    private boolean active;

                    public boolean isActive() {
                        return active;
                    }
                }
                """);
        Compilation compilation = compile(user);
        assertThat(compilation).hadErrorContaining("[JUNCTION-COL-003] Field `active` of com.example.User is private and"
                + " has no setter setActive(boolean)").inFile(user).onLineContaining("private boolean active;");
        assertThat(compilation).hadErrorContaining("Add `void setActive(boolean value) { this.active = value; }`");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void finalField() {
        JavaFileObject user = source("com.example.User", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class User {
                    @Id Long id;
                    final String kind = "person";
                }
                """);
        Compilation compilation = compile(user);
        assertThat(compilation).hadErrorContaining("[JUNCTION-COL-004] Field `kind` of com.example.User is final, so"
                + " rows cannot be read into it").inFile(user).onLineContaining("final String kind");
        assertThat(compilation).hadErrorContaining("Remove `final`, or mark it @Transient");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void fieldNamedLikeAReservedConstant() {
        JavaFileObject seat = source("com.example.Seat", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Seat {
                    @Id Long id;
                    Integer table;
                }
                """);
        Compilation compilation = compile(seat);
        assertThat(compilation).hadErrorContaining("[JUNCTION-COL-005] Field `table` of com.example.Seat would become"
                + " the constant SeatTable.TABLE, which Junction uses itself").inFile(seat)
                .onLineContaining("Integer table;");
        assertThat(compilation).hadErrorContaining("for example to `tableName`");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void blankColumnName() {
        JavaFileObject post = source("com.example.Post", """
                package com.example;

                import dev.junction.annotation.Column;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Post {
                    @Id Long id;
                    @Column("") String title;
                }
                """);
        Compilation compilation = compile(post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-COL-006] @Column on field `title` of com.example.Post has"
                + " the blank name ``").inFile(post).onLineContaining("@Column(\"\") String title;");
        assertThat(compilation).hadErrorContaining("for example @Column(\"title\")");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void twoFieldsOnOneConstant() {
        JavaFileObject post = source("com.example.Post", """
                package com.example;

                import dev.junction.annotation.Column;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Post {
                    @Id Long id;
                    @Column("title") String subTitle;
                    @Column("subtitle") String sub_title;
                }
                """);
        Compilation compilation = compile(post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-COL-007] Field `sub_title` of com.example.Post would become"
                + " the constant PostTable.SUB_TITLE, as field `subTitle` does already. Rename one of them").inFile(post)
                .onLineContaining("String sub_title;");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void columnNamedIdThatIsNotTheId() {
        JavaFileObject post = source("com.example.Post", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Post {
                    @Id Long key;
                    Long id;
                }
                """);
        Compilation compilation = compile(post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-COL-008] Field `id` of com.example.Post is not the @Id"
                + " (`key` is), but its finder PostQueries.findById would clash with the finder by id").inFile(post)
                .onLineContaining("Long id;");
        assertThat(compilation).hadErrorContaining("Rename the field, or make it the @Id");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void undefinedTypeIsReportedAfterTheLastRound() {
        JavaFileObject post = source("com.example.Post", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Post {
                    @Id Long id;
                    Strin title;
                }
                """);
        Compilation compilation = compile(post);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(post).onLineContaining("Strin title;");
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-007] @Model com.example.Post uses type Strin (field"
                + " `title`)").inFile(post).onLineContaining("Strin title;");
        assertThat(compilation).hadErrorCount(2);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }
}
