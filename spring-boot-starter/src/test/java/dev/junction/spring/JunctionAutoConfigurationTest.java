package dev.junction.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.junction.ConfigurationException;
import dev.junction.ConnectionManager;
import dev.junction.CrossDatabaseWritePolicy;
import dev.junction.UnknownConnectionException;
import dev.junction.it.support.DatabaseKind;
import dev.junction.it.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.ObjectName;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.beans.factory.annotation.BeanFactoryAnnotationUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auto-configuration in application contexts on a real PostgreSQL database: connections from properties and from
 * the application's {@code DataSource}, start, stop and restart, the transaction manager beans next to Boot's JDBC
 * one, annotation-driven transactions, the optional health and metrics, and the failures at start-up. After every
 * test Junction is shut down again, whatever the test did.
 */
class JunctionAutoConfigurationTest {

    private static TestDatabase database;

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(JunctionAutoConfiguration.class, JunctionHealthContributorAutoConfiguration.class,
                    JunctionMetricsAutoConfiguration.class));

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create(DatabaseKind.POSTGRESQL);
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @AfterEach
    void junctionIsShutDown() {
        assertThatThrownBy(() -> ConnectionManager.dsl("default")).isInstanceOf(UnknownConnectionException.class)
                .hasMessageContaining("Junction is not configured");
    }

    @Test
    void configuresConnectionsFromPropertiesUntilTheContextCloses() {
        runner.withBean(SimpleMeterRegistry.class)
                .withPropertyValues(connection("default"))
                .withPropertyValues("junction.connections.default.pool.maximumPoolSize=2",
                        "junction.connections.default.pool.poolName=junction-starter-test",
                        "junction.connections.default.pool.registerMbeans=true")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(JunctionLifecycle.class).connectionNames()).containsExactly("default");
                    assertThat(ConnectionManager.dsl("default").fetchValue("select 1")).isEqualTo(1);
                    // The keys reached HikariCP unchanged, with their case.
                    assertThat(ManagementFactory.getPlatformMBeanServer().getAttribute(
                            new ObjectName("com.zaxxer.hikari:type=PoolConfig (junction-starter-test)"),
                            "MaximumPoolSize")).isEqualTo(2);
                    assertThat(context.getBean(MeterRegistry.class).get("hikaricp.connections.max")
                            .tag("pool", "junction-starter-test").gauge().value()).isEqualTo(2.0);
                });
    }

    @Test
    void stopsAndStartsWithTheContext() {
        runner.withPropertyValues(connection("default")).run(context -> {
            assertThat(ConnectionManager.dsl("default").fetchValue("select 1")).isEqualTo(1);

            context.stop();
            assertThat(context.getBean(JunctionLifecycle.class).isRunning()).isFalse();
            assertThatThrownBy(() -> ConnectionManager.dsl("default")).isInstanceOf(UnknownConnectionException.class);

            context.start();
            assertThat(ConnectionManager.dsl("default").fetchValue("select 1")).isEqualTo(1);
        });
    }

    @Test
    void aSecondContextCannotRunJunctionAtTheSameTime() {
        runner.withPropertyValues(connection("default")).run(first -> {
            runner.withPropertyValues(connection("default")).run(second -> assertThat(second).getFailure()
                    .rootCause().isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already running in another application context"));
            assertThat(ConnectionManager.dsl("default").fetchValue("select 1")).isEqualTo(1);
        });
    }

    @Test
    void appliesTheRuntimeSettingsOfTheProperties() {
        runner.withPropertyValues(connection("default"))
                .withPropertyValues("junction.cross-database-write-policy=fail", "junction.read-replica-fallback=true")
                .run(context -> {
                    assertThat(ConnectionManager.crossDatabaseWritePolicy()).isEqualTo(CrossDatabaseWritePolicy.FAIL);
                    assertThat(ConnectionManager.readReplicaFallback()).isTrue();
                });
    }

    @Test
    void theApplicationsDataSourceBecomesConnectionDefaultNextToBootsTransactionManager() {
        runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class))
                .withUserConfiguration(TransactionalBeans.class)
                .withPropertyValues("spring.datasource.url=" + database.jdbcUrl(false),
                        "spring.datasource.username=" + database.server().username(),
                        "spring.datasource.password=" + database.server().password(),
                        "spring.datasource.hikari.data-source-properties.ApplicationName=boot-data-source")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    // Junction's connection 'default' is Boot's pool.
                    assertThat(ConnectionManager.dsl("default").fetchValue("select current_setting('application_name')"))
                            .isEqualTo("boot-data-source");
                    // Boot's JDBC transaction manager stays the default one; Junction's is there by qualifier.
                    assertThat(context.getBean(TransactionManager.class)).isInstanceOf(JdbcTransactionManager.class);
                    assertThat(BeanFactoryAnnotationUtils.qualifiedBeanOfType(
                            context.getBeanFactory(), TransactionManager.class, "default"))
                            .isSameAs(context.getBean("junctionTransactionManager.default"))
                            .isInstanceOf(JunctionTransactionManager.class);
                    // A plain @Transactional runs a JDBC transaction, not a Junction one; a qualified one Junction's.
                    TransactionalBeans.Service service = context.getBean(TransactionalBeans.Service.class);
                    assertThat(service.unqualified()).isEmpty();
                    assertThat(service.onDefaultByBeanName()).containsExactly("default");

                    // Junction never closes a DataSource it was given.
                    context.getBean(JunctionLifecycle.class).stop();
                    assertThat(context.getBean(HikariDataSource.class).isClosed()).isFalse();
                });
    }

    @Test
    void annotationDrivenTransactionsRunOnJunctionWhenItHasTheOnlyTransactionManagers() {
        runner.withConfiguration(AutoConfigurations.of(TransactionAutoConfiguration.class))
                .withUserConfiguration(TransactionalBeans.class)
                .withPropertyValues(connection("default"))
                .withPropertyValues(connection("other"))
                .run(context -> {
                    TransactionalBeans.Service service = context.getBean(TransactionalBeans.Service.class);
                    assertThat(service.onOther()).containsExactly("other");
                    assertThat(service.onDefaultByBeanName()).containsExactly("default");
                    // With two Junction connections and no other transaction manager, none is the default.
                    assertThatThrownBy(service::unqualified).isInstanceOf(NoUniqueBeanDefinitionException.class);
                    assertThat(context.getBeanNamesForType(TransactionManager.class)).containsExactlyInAnyOrder(
                            "junctionTransactionManager.default", "junctionTransactionManager.other");
                });
    }

    @Test
    void aSingleConnectionsTransactionManagerServesPlainTransactional() {
        runner.withUserConfiguration(TransactionalBeans.class).withPropertyValues(connection("default")).run(context ->
                assertThat(context.getBean(TransactionalBeans.Service.class).unqualified()).containsExactly("default"));
    }

    @Test
    void healthAndMetricsAreThereWithTheirLibraries() {
        runner.withBean(SimpleMeterRegistry.class).withPropertyValues(connection("default")).run(context -> {
            HealthContributor contributor = context.getBean("junctionHealthContributor", HealthContributor.class);
            HealthContributor component = ((CompositeHealthContributor) contributor).getContributor("default");
            assertThat(((HealthIndicator) component).health().getStatus()).isEqualTo(Status.UP);
            assertThat(context.getBean(MeterRegistry.class).find("hikaricp.connections").gauges()).isNotEmpty();
        });
    }

    @Test
    void worksWithoutHealthAndMicrometerOnTheClassPath() {
        runner.withClassLoader(new FilteredClassLoader(HealthContributor.class, MeterRegistry.class))
                .withPropertyValues(connection("default"))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean("junctionHealthContributor")
                            .doesNotHaveBean(BeforeConfigure.class);
                    assertThat(ConnectionManager.dsl("default").fetchValue("select 1")).isEqualTo(1);
                });
    }

    @Test
    void canBeTurnedOff() {
        runner.withPropertyValues(connection("default")).withPropertyValues("junction.enabled=false").run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(JunctionLifecycle.class)
                        .doesNotHaveBean(TransactionManager.class).doesNotHaveBean("junctionHealthContributor"));
    }

    @Test
    void failsToStartWithoutAnyConnection() {
        runner.run(context -> assertThat(context).getFailure().rootCause()
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No Junction connection is configured")
                .hasMessageContaining("define a DataSource bean"));
    }

    @Test
    void failsToStartWhenTwoDataSourcesCouldBeConnectionDefault() {
        runner.withUserConfiguration(TwoDataSources.class).run(context -> assertThat(context).getFailure().rootCause()
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("[first, second] none is primary")
                .hasMessageContaining("junction.connections.<name>.data-source-bean"));
    }

    @Test
    void failsToStartWhenANamedDataSourceBeanIsMissing() {
        runner.withUserConfiguration(TwoDataSources.class)
                .withPropertyValues("junction.connections.analytics.data-source-bean=third")
                .run(context -> assertThat(context).getFailure().satisfies(failure -> {
                    ConfigurationException cause = causeOf(failure, ConfigurationException.class);
                    assertThat(cause).hasMessageContaining("Connection 'analytics' names DataSource bean 'third'")
                            .hasMessageContaining("[first, second]");
                    assertThat(cause.connection()).contains("analytics");
                }));
    }

    private static String[] connection(String name) {
        List<String> properties = new ArrayList<>();
        database.settings().forEach((key, value) ->
                properties.add("junction.connections." + name + "." + key + "=" + value));
        return properties.toArray(String[]::new);
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("No " + type.getSimpleName() + " in the causes of " + failure, failure);
    }

    /** A transactional service, and a meter registry for the metrics. */
    @Configuration(proxyBeanMethods = false)
    static class TransactionalBeans {

        @Bean
        Service service(JunctionLifecycle junction) {
            return new Service(junction);
        }

        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        /** Reports the connections with an open Junction transaction, from inside each kind of method. */
        public static class Service {

            private final JunctionLifecycle junction;

            Service(JunctionLifecycle junction) {
                this.junction = junction;
            }

            @Transactional("other")
            public List<String> onOther() {
                return openTransactions();
            }

            @Transactional(transactionManager = "junctionTransactionManager.default")
            public List<String> onDefaultByBeanName() {
                return openTransactions();
            }

            @Transactional
            public List<String> unqualified() {
                return openTransactions();
            }

            private List<String> openTransactions() {
                return junction.connectionNames().stream().filter(ConnectionManager::isTransactionOpen).toList();
            }
        }
    }

    /** Two DataSource beans, neither primary; they are never connected to. */
    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {

        @Bean
        DataSource first() {
            return new HikariDataSource();
        }

        @Bean
        DataSource second() {
            return new HikariDataSource();
        }
    }
}
