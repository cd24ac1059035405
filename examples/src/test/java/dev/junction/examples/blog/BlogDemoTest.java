package dev.junction.examples.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.junction.ConnectionManager;
import dev.junction.UnknownConnectionException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs the demo on H2 and pins the lines of its walk-through that show what Junction promises. */
class BlogDemoTest {

    @AfterEach
    void shutDown() {
        ConnectionManager.shutdown();
    }

    @Test
    void walkThroughOnH2ShowsEachStepAndCleansUp() {
        List<String> lines = runDemo();

        assertContainsInOrder(lines,
                "Junction blog demo: users in one database, their posts in another",
                "  connection default   -> H2, in-memory database blog_users",
                "  connection secondary -> H2, in-memory database blog_posts",
                "1. Create the tables, each in its own database (ConnectionManager.dsl(name) is jOOQ's DSLContext)",
                "   UserQueries.insert(new User(\"alice\", \"alice@example.com\"))",
                "     -> User #1 alice <alice@example.com>",
                "   PostQueries.insertAll(posts)   // 1 statement: 1 on secondary",
                "     -> Post #4 \"Hello\" by user #2",
                "   UserQueries.findById(404L)",
                "     -> (none)",
                "   PostQueries.where(PostTable.USER_ID.eq(1L)).orderBy(PostTable.TITLE.asc()).limit(2).all()",
                "     -> Post #3 \"Checked at compile time\" by user #1",
                "     -> Post #2 \"Typed queries\" by user #1",
                "   PostQueries.count()",
                "     -> 4",
                "   PostQueries.save(new post)   // id was null: insert",
                "     -> Post #5 \"Draft\" by user #2",
                "   PostQueries.deleteById(5L)   // already gone",
                "     -> false",
                "     -> committed; 3 users",
                "     -> User #2 bob <bob@example.org>",
                "     -> rolled back; caught IllegalStateException: dave changed his mind",
                "   UserQueries.findByUsername(\"dave\")",
                "     -> (none)",
                "   2 statements: 1 on default, 1 on secondary",
                "   UserRelations.posts(alice)   // 1 statement: 1 on secondary",
                "   UserRelations.posts(alice) again, then PostRelations.user(post)   // 0 statements: cached, and"
                        + " inverseOf filled post.user",
                "     -> User #1 alice <alice@example.com>, the very same instance",
                "   UserQueries.withPosts().orderBy(UserTable.USERNAME.asc()).all()",
                "     -> alice: 3 posts [Users here, posts there, Typed queries, Checked at compile time]",
                "     -> carol: 0 posts []",
                "   2 statements: 1 on default, 1 on secondary",
                "   3 statements: 1 on default, 2 on secondary   // three levels, one query each",
                "     -> alice: [Checked at compile time]",
                "   UserQueries.whereHasPosts(p -> p.where(PostTable.TITLE.like(\"%compile%\"))).all()",
                "     -> User #1 alice <alice@example.com>",
                "Done: tables dropped, connections shut down.");
        assertThrows(UnknownConnectionException.class, () -> ConnectionManager.dsl("default"));
    }

    @Test
    void runsAgainInTheSameJvmWithTheSameOutput() {
        // The H2 databases outlive the first run, so equal output shows that the demo dropped its tables.
        assertEquals(runDemo(), runDemo());
    }

    private static List<String> runDemo() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            BlogDemo.main(new String[] {"h2"});
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.print(output);
        return output.lines().toList();
    }

    /** Each expected line appears, after the previous one. */
    private static void assertContainsInOrder(List<String> lines, String... expected) {
        int from = 0;
        for (String line : expected) {
            int searchedFrom = from;
            int index = lines.subList(searchedFrom, lines.size()).indexOf(line);
            assertTrue(index >= 0, () -> "Missing, or out of order, after line " + searchedFrom + ": '" + line
                    + "'\nin the output:\n" + String.join("\n", lines));
            from += index + 1;
        }
    }
}
