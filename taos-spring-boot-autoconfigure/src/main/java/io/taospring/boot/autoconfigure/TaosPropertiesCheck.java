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
        Set<ConfigurationPropertyName> maps = new HashSet<>();
        mapKeys().forEach(key -> maps.add(ConfigurationPropertyName.of(key)));
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source instanceof IterableConfigurationPropertySource iterable
                    && !(source.getUnderlyingSource() instanceof SystemEnvironmentPropertySource)) {
                iterable.filter(ROOT::isAncestorOf).filter(name -> maps.stream().noneMatch(m -> m.isAncestorOf(name)))
                        .forEach(name -> check(valid, keys, name, source));
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

    /** Every key {@link TaosProperties} binds, in canonical (kebab-case) form; map-valued keys excluded. */
    static Set<String> validKeys() {
        Set<String> keys = new TreeSet<>();
        collect(TaosProperties.class, "taos", keys, new TreeSet<>());
        return keys;
    }

    /** The map-valued keys, under which any key is valid (e.g. taos.listener.properties). */
    static Set<String> mapKeys() {
        Set<String> maps = new TreeSet<>();
        collect(TaosProperties.class, "taos", new TreeSet<>(), maps);
        return maps;
    }

    private static void collect(Class<?> type, String prefix, Set<String> keys, Set<String> maps) {
        for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
            if (descriptor.getReadMethod() == null || descriptor.getName().equals("class")) {
                continue;
            }
            String key = prefix + "." + kebab(descriptor.getName());
            Class<?> valueType = descriptor.getPropertyType();
            if (nestedIn(valueType, TaosProperties.class)) {
                collect(valueType, key, keys, maps);
            } else if (Map.class.isAssignableFrom(valueType)) {
                maps.add(key);
            } else {
                keys.add(key);
            }
        }
    }

    private static boolean nestedIn(Class<?> type, Class<?> outer) {
        for (Class<?> enclosing = type.getEnclosingClass(); enclosing != null;
                enclosing = enclosing.getEnclosingClass()) {
            if (enclosing == outer) {
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
