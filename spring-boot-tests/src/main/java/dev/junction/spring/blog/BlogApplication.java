package dev.junction.spring.blog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A blog on Junction's Spring Boot starter: {@link User}s in one database (connection {@code default}) and their
 * {@link Post}s in another (connection {@code secondary}), read and written through {@link BlogService}. The
 * connections come from {@code junction.connections.*} properties or from {@code DataSource} beans.
 */
@SpringBootApplication
public class BlogApplication {

    /**
     * Runs the application.
     *
     * @param args the command-line arguments, such as {@code --junction.connections.default.host=db}
     */
    public static void main(String[] args) {
        SpringApplication.run(BlogApplication.class, args);
    }
}
