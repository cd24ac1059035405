package dev.junction.spring;

import dev.junction.ConfigurationException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanNotOfRequiredTypeException;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Which connections the application has, read from {@link JunctionProperties}: the connections named in
 * {@code junction.connections.*}, or, when there are none, connection {@code default} on the application's
 * {@code DataSource}. The names are known from the properties alone (the transaction managers are registered from
 * them before any bean exists); the settings, with their {@code DataSource} beans, are resolved at start-up.
 */
final class ConnectionPlan {

    /** The runtime's key for an existing {@code DataSource}. */
    static final String DATA_SOURCE_KEY = "dataSource";

    private static final String PASSWORD_KEY = "password";
    private static final String URL_KEY = "url";
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)[?&;]password=([^&;]*)");
    private static final Pattern URL_USER_INFO = Pattern.compile("//[^/@:]*:([^@/]*)@");

    private final Map<String, Map<String, String>> declared;

    private ConnectionPlan(Map<String, Map<String, String>> declared) {
        this.declared = declared;
    }

    /** The plan of these properties. */
    static ConnectionPlan of(JunctionProperties properties) {
        Map<String, Map<String, String>> declared = new LinkedHashMap<>();
        properties.getConnections().forEach((name, settings) -> declared.put(name, Map.copyOf(settings)));
        return new ConnectionPlan(declared);
    }

    /** The plan of the {@code junction.*} properties of an environment, before any bean exists. */
    static ConnectionPlan of(Environment environment) {
        return of(Binder.get(environment).bindOrCreate(JunctionProperties.PREFIX, JunctionProperties.class));
    }

    /** The connection names, in the order they were given; {@code default} alone when none was. */
    List<String> names() {
        return declared.isEmpty() ? List.of(JunctionProperties.DEFAULT_CONNECTION) : List.copyOf(declared.keySet());
    }

    /**
     * The settings for {@code ConnectionManager.configure}: each connection's keys unchanged, except that
     * {@value JunctionProperties#DATA_SOURCE_BEAN} becomes {@code dataSource} with the bean it names.
     *
     * @param beans where the {@code DataSource} beans are
     * @throws ConfigurationException naming the connection and the key when a bean is missing, or when no connection
     *     is configured and there is no single {@code DataSource} to become {@code default}
     */
    Map<String, Map<String, Object>> resolve(ListableBeanFactory beans) {
        Map<String, Map<String, Object>> settings = new LinkedHashMap<>();
        if (declared.isEmpty()) {
            settings.put(JunctionProperties.DEFAULT_CONNECTION, Map.of(DATA_SOURCE_KEY, applicationDataSource(beans)));
            return settings;
        }
        declared.forEach((name, keys) -> {
            Map<String, Object> connection = new LinkedHashMap<>(keys);
            Object beanName = connection.remove(JunctionProperties.DATA_SOURCE_BEAN);
            if (beanName != null) {
                if (connection.containsKey(DATA_SOURCE_KEY)) {
                    throw new ConfigurationException("Connection '" + name + "' has both '"
                            + JunctionProperties.DATA_SOURCE_BEAN + "' and '" + DATA_SOURCE_KEY + "'; name the DataSource"
                            + " bean with '" + JunctionProperties.DATA_SOURCE_BEAN + "' only", null, name, null, null);
                }
                connection.put(DATA_SOURCE_KEY, dataSourceBean(beans, name, beanName.toString().trim()));
            }
            settings.put(name, connection);
        });
        return settings;
    }

    /** The passwords given for that connection, in {@code password} or inside {@code url}, to keep out of messages. */
    Set<String> secrets(String connection) {
        Map<String, String> keys = declared.getOrDefault(connection, Map.of());
        Set<String> secrets = new LinkedHashSet<>();
        addSecret(secrets, keys.get(PASSWORD_KEY));
        String url = keys.get(URL_KEY);
        if (url != null) {
            for (Pattern pattern : List.of(URL_PASSWORD, URL_USER_INFO)) {
                Matcher matcher = pattern.matcher(url);
                while (matcher.find()) {
                    addSecret(secrets, matcher.group(1));
                }
            }
        }
        return secrets;
    }

    private static void addSecret(Set<String> secrets, String secret) {
        if (secret != null && !secret.isEmpty()) {
            secrets.add(secret);
        }
    }

    private static DataSource dataSourceBean(ListableBeanFactory beans, String connection, String beanName) {
        if (beanName.isEmpty()) {
            throw new ConfigurationException("Connection '" + connection + "' has an empty '"
                    + JunctionProperties.DATA_SOURCE_BEAN + "'; give the name of a DataSource bean", null, connection,
                    null, null);
        }
        try {
            return beans.getBean(beanName, DataSource.class);
        } catch (NoSuchBeanDefinitionException | BeanNotOfRequiredTypeException e) {
            throw new ConfigurationException("Connection '" + connection + "' names DataSource bean '" + beanName
                    + "' in '" + JunctionProperties.DATA_SOURCE_BEAN + "', but there is no DataSource bean of that"
                    + " name; DataSource beans: " + dataSourceNames(beans), e, connection, null, null);
        }
    }

    private static DataSource applicationDataSource(ListableBeanFactory beans) {
        DataSource dataSource = beans.getBeanProvider(DataSource.class).getIfUnique();
        if (dataSource != null) {
            return dataSource;
        }
        Set<String> names = dataSourceNames(beans);
        String how = "set junction.connections.<name>.<key> (for example junction.connections.default.url)";
        if (names.isEmpty()) {
            throw new ConfigurationException("No Junction connection is configured: " + how
                    + ", or define a DataSource bean, which becomes connection '" + JunctionProperties.DEFAULT_CONNECTION
                    + "'");
        }
        throw new ConfigurationException("No Junction connection is configured, and of the DataSource beans " + names
                + " none is primary, so none can become connection '" + JunctionProperties.DEFAULT_CONNECTION + "': "
                + how + ", or name the bean of each connection with junction.connections.<name>."
                + JunctionProperties.DATA_SOURCE_BEAN);
    }

    private static Set<String> dataSourceNames(ListableBeanFactory beans) {
        return new TreeSet<>(Arrays.asList(beans.getBeanNamesForType(DataSource.class, true, false)));
    }
}
