package dev.junction.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.junction.ConfigurationException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** How {@link ConnectionPlan} reads the properties: names, settings with their beans, and the secrets to mask. */
class ConnectionPlanTest {

    @Test
    void withoutConnectionsTheOnlyOneIsDefault() {
        assertThat(ConnectionPlan.of(new JunctionProperties()).names()).containsExactly("default");
    }

    @Test
    void passesTheKeysUnchangedAndPutsTheNamedBeanUnderDataSource() {
        DataSource analytics = new DriverManagerDataSource();
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("analyticsDataSource", analytics);
        JunctionProperties properties = new JunctionProperties();
        properties.getConnections().put("default", Map.of("url", "jdbc:postgresql://db/app", "pool.maximumPoolSize", "3"));
        properties.getConnections().put("secondary", Map.of("data-source-bean", "analyticsDataSource", "driver", "mariadb"));

        ConnectionPlan plan = ConnectionPlan.of(properties);

        assertThat(plan.names()).containsExactly("default", "secondary");
        assertThat(plan.resolve(beans)).isEqualTo(Map.of(
                "default", Map.of("url", "jdbc:postgresql://db/app", "pool.maximumPoolSize", "3"),
                "secondary", Map.of("dataSource", analytics, "driver", "mariadb")));
    }

    @Test
    void aBeanNameAndADataSourceKeyDoNotGoTogether() {
        JunctionProperties properties = new JunctionProperties();
        properties.getConnections().put("secondary", Map.of("data-source-bean", "analytics", "dataSource", "analytics"));

        assertThatThrownBy(() -> ConnectionPlan.of(properties).resolve(new DefaultListableBeanFactory()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Connection 'secondary' has both 'data-source-bean' and 'dataSource'; name the DataSource"
                        + " bean with 'data-source-bean' only");
    }

    @Test
    void findsThePasswordsGivenInEveryForm() {
        JunctionProperties properties = new JunctionProperties();
        properties.getConnections().put("key", Map.of("password", "s3cret"));
        properties.getConnections().put("query", Map.of("url", "jdbc:postgresql://db/app?user=app&password=qu3ry&ssl=true"));
        properties.getConnections().put("h2", Map.of("url", "jdbc:h2:tcp://db/app;USER=app;PASSWORD=h2pw"));
        properties.getConnections().put("userInfo", Map.of("url", "jdbc:mysql://app:inf0@db:3306/app"));
        properties.getConnections().put("none", Map.of("url", "jdbc:postgresql://db/app"));

        ConnectionPlan plan = ConnectionPlan.of(properties);

        assertThat(plan.secrets("key")).containsExactly("s3cret");
        assertThat(plan.secrets("query")).containsExactly("qu3ry");
        assertThat(plan.secrets("h2")).containsExactly("h2pw");
        assertThat(plan.secrets("userInfo")).containsExactly("inf0");
        assertThat(plan.secrets("none")).isEmpty();
    }
}
