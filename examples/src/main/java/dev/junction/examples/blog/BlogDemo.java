package dev.junction.examples.blog;

import dev.junction.ConnectionManager;
import dev.junction.QueryEvent;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A walk through Junction with the blog of rhosocial ActiveRecord's "cross-database relationships"
 * documentation: {@link User}s in one database (connection {@code default}), their {@link Post}s in another
 * (connection {@code secondary}).
 *
 * <p>Run it from the repository root with {@code mvn -q -B -pl examples -am package -DskipTests -Ddemo}. By
 * default both databases are in-memory H2 databases; add {@code -Djunction.demo=servers} for PostgreSQL and
 * MariaDB/MySQL (see {@link DemoDatabases} for their settings).
 *
 * <p>The walk-through is a sequence of steps, one method each, run in order by {@link #run()}; each step prints
 * its title, the calls it makes and what they returned.
 */
public final class BlogDemo {

    private final PrintStream out;
    private int stepNumber;
    private User alice;
    private User bob;
    private List<Post> posts;

    private BlogDemo(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the demo.
     *
     * @param args empty or {@code h2} for two in-memory H2 databases, {@code servers} for PostgreSQL and
     *     MariaDB/MySQL; without an argument the system property {@code junction.demo} decides
     */
    public static void main(String[] args) {
        DemoDatabases databases = DemoDatabases.choose(args);
        PrintStream out = System.out;
        out.println("Junction blog demo: users in one database, their posts in another");
        databases.descriptions().forEach((connection, description) ->
                out.printf("  connection %-9s -> %s%n", connection, description));
        databases.configure();
        try {
            new BlogDemo(out).run(databases);
        } finally {
            databases.dropTablesAndShutdown();
        }
        out.println();
        out.println("Done: tables dropped, connections shut down.");
    }

    /** The steps of the walk-through, in order. */
    private void run(DemoDatabases databases) {
        createTables(databases);
        insertUsers();
        insertPosts();
        findById();
        findByColumn();
        fluentQueries();
        updateSaveDelete();
        transactionThatCommits();
        transactionThatRollsBack();
        statementsPerDatabase();
        lazyRelations();
        eagerLoading();
        nestedLoadWithCondition();
        whereHasAcrossDatabases();
    }

    private void createTables(DemoDatabases databases) {
        step("Create the missing tables from the models, each in its own database: ConnectionManager.createTables()");
        databases.createTables().forEach(statement -> out.println("   " + statement));
    }

    private void insertUsers() {
        step("Insert users on 'default': insert reads back the id the database generated");
        alice = UserQueries.insert(new User("alice", "alice@example.com"));
        bob = UserQueries.insert(new User("bob", "bob@example.com"));
        show("UserQueries.insert(new User(\"alice\", \"alice@example.com\"))", alice);
        show("UserQueries.insert(new User(\"bob\", \"bob@example.com\"))", bob);
    }

    private void insertPosts() {
        step("Insert posts on 'secondary' in one batch with insertAll, which fills every generated id");
        posts = List.of(
                new Post(alice, "Users here, posts there", "Two databases, one model of the blog."),
                new Post(alice, "Typed queries", "UserTable.USERNAME is a jOOQ Field<String>."),
                new Post(alice, "Checked at compile time", "A wrong foreign key is a compile error."),
                new Post(bob, "Hello", "My first post."));
        try (StatementCounter counter = StatementCounter.start()) {
            PostQueries.insertAll(posts);
            out.println("   PostQueries.insertAll(posts)   // " + counter.summary());
        }
        posts.forEach(post -> out.println("     -> " + post));
    }

    private void findById() {
        step("Find by id (each model on its own connection)");
        show("UserQueries.findById(" + literal(alice.getId()) + ")", describe(UserQueries.findById(alice.getId())));
        show("UserQueries.findById(404L)", describe(UserQueries.findById(404L)));
        List<Long> ids = List.of(posts.get(0).getId(), posts.get(3).getId());
        out.println("   PostQueries.findByIds(List.of(" + literal(ids.get(0)) + ", " + literal(ids.get(1)) + "))");
        PostQueries.findByIds(ids).forEach(post -> out.println("     -> " + post));
    }

    private void findByColumn() {
        step("Find by column: findByX gives the first match, findAllByX every match");
        show("UserQueries.findByUsername(\"bob\")", describe(UserQueries.findByUsername("bob")));
        show("UserQueries.findByEmail(\"carol@example.com\")", describe(UserQueries.findByEmail("carol@example.com")));
        out.println("   PostQueries.findAllByUserId(" + literal(alice.getId()) + ")   // from the other database");
        PostQueries.findAllByUserId(alice.getId()).forEach(post -> out.println("     -> " + post));
    }

    private void fluentQueries() {
        step("Fluent queries: where, orderBy, limit, then all, first, count or exists");
        out.println("   PostQueries.where(PostTable.USER_ID.eq(" + literal(alice.getId()) + "))"
                + ".orderBy(PostTable.TITLE.asc()).limit(2).all()");
        PostQueries.where(PostTable.USER_ID.eq(alice.getId()))
                .orderBy(PostTable.TITLE.asc())
                .limit(2)
                .all()
                .forEach(post -> out.println("     -> " + post));
        show("PostQueries.count()", PostQueries.count());
        show("PostQueries.count(PostTable.USER_ID.eq(" + literal(bob.getId()) + "))",
                PostQueries.count(PostTable.USER_ID.eq(bob.getId())));
        show("PostQueries.where(PostTable.TITLE.like(\"%compile%\")).exists()",
                PostQueries.where(PostTable.TITLE.like("%compile%")).exists());
        show("PostQueries.where(PostTable.TITLE.like(\"%Hibernate%\")).exists()",
                PostQueries.where(PostTable.TITLE.like("%Hibernate%")).exists());
        show("PostQueries.findAll().orderBy(PostTable.ID.desc()).first()",
                describe(PostQueries.findAll().orderBy(PostTable.ID.desc()).first()));
        show("UserQueries.findBy(UserTable.EMAIL.endsWith(\"@example.com\"))",
                describe(UserQueries.findBy(UserTable.EMAIL.endsWith("@example.com"))));
    }

    private void updateSaveDelete() {
        step("Update, save and delete");
        Post hello = PostQueries.findByTitle("Hello").orElseThrow();
        hello.setTitle("Hello, world");
        PostQueries.update(hello);
        show("PostQueries.update(post with the title \"Hello, world\")",
                describe(PostQueries.findById(hello.getId())));

        Post draft = new Post(bob, "Draft", "Not finished yet.");
        PostQueries.save(draft);
        show("PostQueries.save(new post)   // id was null: insert", draft);
        draft.setContent("Finished.");
        PostQueries.save(draft);
        show("PostQueries.save(same post)  // id is set: update",
                PostQueries.findById(draft.getId()).map(Post::getContent).orElse("(none)"));

        show("PostQueries.delete(draft)", PostQueries.delete(draft));
        show("PostQueries.findById(" + literal(draft.getId()) + ")", describe(PostQueries.findById(draft.getId())));
        show("PostQueries.deleteById(" + literal(draft.getId()) + ")   // already gone",
                PostQueries.deleteById(draft.getId()));
    }

    private void transactionThatCommits() {
        step("A transaction on the users' connection that commits");
        long users = UserQueries.transaction(() -> {
            UserQueries.insert(new User("carol", "carol@example.com"));
            bob.setEmail("bob@example.org");
            UserQueries.update(bob);
            return UserQueries.count();
        });
        out.println("   UserQueries.transaction(() -> { insert carol; update bob's email; return count(); })");
        out.println("     -> committed; " + users + " users");
        show("UserQueries.findByUsername(\"carol\")", describe(UserQueries.findByUsername("carol")));
        show("UserQueries.findByUsername(\"bob\")", describe(UserQueries.findByUsername("bob")));
    }

    private void transactionThatRollsBack() {
        step("A transaction that rolls back: the exception propagates unchanged, and the insert is undone");
        out.println("   UserQueries.transaction(() -> { insert dave; throw new IllegalStateException(...); })");
        try {
            UserQueries.transaction(() -> {
                UserQueries.insert(new User("dave", "dave@example.com"));
                throw new IllegalStateException("dave changed his mind");
            });
        } catch (IllegalStateException e) {
            out.println("     -> rolled back; caught IllegalStateException: " + e.getMessage());
        }
        show("UserQueries.findByUsername(\"dave\")", describe(UserQueries.findByUsername("dave")));
        show("UserQueries.count()", UserQueries.count());
    }

    private void statementsPerDatabase() {
        step("Count statements per database with ConnectionManager.addQueryListener");
        out.println("   alice's page, by hand: the user from 'default', then her posts from 'secondary'");
        try (StatementCounter counter = StatementCounter.start()) {
            User author = UserQueries.findByUsername("alice").orElseThrow();
            List<Post> pagePosts = PostQueries.where(PostTable.USER_ID.eq(author.getId()))
                    .orderBy(PostTable.ID.asc())
                    .all();
            out.println("     -> " + author + " with " + pagePosts.size() + " posts: "
                    + pagePosts.stream().map(Post::getTitle).collect(Collectors.joining(", ")));
            for (QueryEvent event : counter.events()) {
                out.printf("     %-10s %s%n", event.connection() + ":", event.sql());
            }
            out.println("   " + counter.summary());
        }
    }

    private void lazyRelations() {
        step("Lazy relations: the first call runs one query on the target's database, later calls none");
        User author = UserQueries.findByUsername("alice").orElseThrow();
        try (StatementCounter counter = StatementCounter.start()) {
            List<Post> alicePosts = UserRelations.posts(author);
            out.println("   UserRelations.posts(alice)   // " + counter.summary());
            alicePosts.forEach(post -> out.println("     -> " + post));
        }
        try (StatementCounter counter = StatementCounter.start()) {
            UserRelations.posts(author);
            Post first = author.getPosts().get(0);
            Optional<User> back = PostRelations.user(first);
            out.println("   UserRelations.posts(alice) again, then PostRelations.user(post)   // "
                    + counter.summary() + ": cached, and inverseOf filled post.user");
            out.println("     -> " + back.orElseThrow() + (back.get() == author ? ", the very same instance" : ""));
        }
        Post hello = PostQueries.findByTitle("Hello, world").orElseThrow();
        try (StatementCounter counter = StatementCounter.start()) {
            show("PostRelations.user(post \"Hello, world\")   // " + "from 'default'",
                    describe(PostRelations.user(hello)));
            out.println("   " + counter.summary());
        }
    }

    private void eagerLoading() {
        step("Eager loading: every user with their posts, one query per database whatever the number of users");
        try (StatementCounter counter = StatementCounter.start()) {
            List<User> users = UserQueries.withPosts().orderBy(UserTable.USERNAME.asc()).all();
            out.println("   UserQueries.withPosts().orderBy(UserTable.USERNAME.asc()).all()");
            for (User user : users) {
                out.println("     -> " + user.getUsername() + ": " + plural(user.getPosts().size(), "post") + " "
                        + user.getPosts().stream().map(Post::getTitle).collect(Collectors.joining(", ", "[", "]")));
            }
            out.println("   " + counter.summary());
        }
    }

    private void nestedLoadWithCondition() {
        step("A nested load with a condition: posts with their author, and each author's posts about types");
        try (StatementCounter counter = StatementCounter.start()) {
            List<Post> found = PostQueries.where(PostTable.TITLE.ne("Users here, posts there"))
                    .withUser(user -> user.withPosts(post -> post.where(PostTable.TITLE.like("%Typed%"))))
                    .orderBy(PostTable.ID.asc())
                    .all();
            out.println("   PostQueries.where(TITLE != ...).withUser(u -> u.withPosts(p -> p.where(TITLE like"
                    + " \"%Typed%\"))).all()");
            for (Post post : found) {
                User author = post.getUser();
                out.println("     -> \"" + post.getTitle() + "\" by " + author.getUsername() + ", whose typed posts"
                        + " are " + author.getPosts().stream().map(Post::getTitle)
                                .collect(Collectors.joining(", ", "[", "]")));
            }
            out.println("   " + counter.summary() + "   // three levels, one query each");
        }
        try (StatementCounter counter = StatementCounter.start()) {
            List<User> users = UserQueries.withPosts(post -> post.orderBy(PostTable.ID.desc()).limit(1))
                    .orderBy(UserTable.USERNAME.asc()).all();
            out.println("   UserQueries.withPosts(p -> p.orderBy(PostTable.ID.desc()).limit(1)).all()"
                    + "   // the latest post of each user");
            users.forEach(user -> out.println("     -> " + user.getUsername() + ": "
                    + user.getPosts().stream().map(Post::getTitle).collect(Collectors.joining(", ", "[", "]"))));
            out.println("   " + counter.summary());
        }
    }

    private void whereHasAcrossDatabases() {
        step("whereHas across databases: users who wrote about compile time (keys from 'secondary', then users)");
        try (StatementCounter counter = StatementCounter.start()) {
            List<User> users = UserQueries.whereHasPosts(post -> post.where(PostTable.TITLE.like("%compile%"))).all();
            out.println("   UserQueries.whereHasPosts(p -> p.where(PostTable.TITLE.like(\"%compile%\"))).all()");
            users.forEach(user -> out.println("     -> " + user));
            out.println("   " + counter.summary());
        }
    }

    private void step(String title) {
        out.println();
        out.println(++stepNumber + ". " + title);
    }

    private void show(String call, Object result) {
        out.println("   " + call);
        out.println("     -> " + result);
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** An id as a Java {@code long} literal, as it would appear in the call: {@code 1L}. */
    private static String literal(Long id) {
        return id + "L";
    }

    private static String describe(Optional<?> model) {
        return model.map(Object::toString).orElse("(none)");
    }
}
