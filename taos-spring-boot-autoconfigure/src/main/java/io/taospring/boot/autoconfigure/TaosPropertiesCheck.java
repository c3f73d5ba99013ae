package io.taospring.boot.autoconfigure;

import java.beans.PropertyDescriptor;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Fails start-up on a key under {@code taos.} that {@link TaosProperties} does not define, naming the key,
 * where it was set and the closest valid key, before any bean (the embedded server included) is created.
 * Environment variables are not checked: TDengine's own tools read {@code TAOS_*} variables.
 */
final class TaosPropertiesCheck implements BeanFactoryPostProcessor, Ordered {

    private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("taos");

    private final Environment environment;

    TaosPropertiesCheck(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Set<String> keys = validKeys();
        Set<ConfigurationPropertyName> valid = new HashSet<>();
        keys.forEach(key -> valid.add(ConfigurationPropertyName.of(key)));
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource iterable
                    && !(source.getUnderlyingSource() instanceof SystemEnvironmentPropertySource)) {
                iterable.filter(ROOT::isAncestorOf).forEach(name -> check(valid, keys, name, source));
            }
        }
    }

    private static void check(Set<ConfigurationPropertyName> valid, Set<String> keys, ConfigurationPropertyName name,
            ConfigurationPropertySource source) {
        if (valid.contains(name)) {
            return;
        }
        String key = name.toString();
        ConfigurationProperty property = source.getConfigurationProperty(name);
        Origin origin = property != null ? property.getOrigin() : null;
        throw new UnknownTaosPropertyException(key, origin, Levenshtein.closest(key, keys));
    }

    /** Every key {@link TaosProperties} binds, in canonical (kebab-case) form. */
    static Set<String> validKeys() {
        Set<String> keys = new TreeSet<>();
        collect(TaosProperties.class, "taos", keys);
        return keys;
    }

    private static void collect(Class<?> type, String prefix, Set<String> keys) {
        for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
            if (descriptor.getReadMethod() == null || descriptor.getName().equals("class")) {
                continue;
            }
            String key = prefix + "." + kebab(descriptor.getName());
            Class<?> valueType = descriptor.getPropertyType();
            if (isNestedIn(valueType, TaosProperties.class)) {
                collect(valueType, key, keys);
            } else if (!Map.class.isAssignableFrom(valueType)) {
                keys.add(key);
            }
        }
    }

    /** Whether {@code type} is a group of {@code root} (a class nested in it at any depth), not a value. */
    private static boolean isNestedIn(Class<?> type, Class<?> root) {
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            if (outer == root) {
                return true;
            }
        }
        return false;
    }

    private static String kebab(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
