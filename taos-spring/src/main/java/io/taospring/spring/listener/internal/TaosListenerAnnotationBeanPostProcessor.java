package io.taospring.spring.listener.internal;

import io.taospring.spring.listener.AckMode;
import io.taospring.spring.listener.TaosErrorHandler;
import io.taospring.spring.annotation.TaosListener;
import io.taospring.spring.listener.TaosListenerContainerFactory;
import io.taospring.spring.listener.TaosListenerEndpoint;
import io.taospring.spring.listener.TaosListenerEndpointRegistry;
import io.taospring.spring.annotation.TaosListeners;
import io.taospring.spring.annotation.TaosTopic;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanExpressionContext;
import org.springframework.beans.factory.config.BeanExpressionResolver;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.messaging.handler.annotation.support.DefaultMessageHandlerMethodFactory;
import org.springframework.messaging.handler.annotation.support.MessageHandlerMethodFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds {@link TaosListener} methods on every bean and, once all singletons exist, registers a container per
 * annotation in the {@link TaosListenerEndpointRegistry}, resolving {@code ${...}} and {@code #{...}} in the
 * attributes. Methods are invoked through a {@link MessageHandlerMethodFactory}: the application's bean named
 * {@value #HANDLER_METHOD_FACTORY_BEAN_NAME} if there is one, else one with this package's converter and
 * resolvers.
 */
public final class TaosListenerAnnotationBeanPostProcessor
        implements BeanPostProcessor, SmartInitializingSingleton, BeanFactoryAware, Ordered {

    /** The bean name of an application-supplied {@link MessageHandlerMethodFactory}. */
    public static final String HANDLER_METHOD_FACTORY_BEAN_NAME = "taosHandlerMethodFactory";
    /** The bean name of the default container factory. */
    public static final String DEFAULT_CONTAINER_FACTORY = "taosListenerContainerFactory";

    private record Found(Object bean, Method method, TaosListener annotation) {
    }

    private final Set<Class<?>> withoutListeners = ConcurrentHashMap.newKeySet();
    private final Map<Class<? extends Annotation>, Boolean> listenerAnnotationTypes = new ConcurrentHashMap<>();
    private final List<Found> found = new ArrayList<>();
    private final RowConverter rows = new RowConverter();
    private ConfigurableListableBeanFactory beanFactory;
    private BeanExpressionContext expressionContext;
    private MessageHandlerMethodFactory handlerMethods;
    private int generatedIds;
    private boolean singletonsInstantiated;

    @Override
    public void setBeanFactory(BeanFactory factory) {
        this.beanFactory = (ConfigurableListableBeanFactory) factory;
        this.expressionContext = new BeanExpressionContext(beanFactory, null);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        if (withoutListeners.contains(type)) {
            return bean;
        }
        if (!declaresListenerAnnotations(type)) {
            withoutListeners.add(type);
            return bean;
        }
        Map<Method, Set<TaosListener>> methods = MethodIntrospector.selectMethods(type,
                (MethodIntrospector.MetadataLookup<Set<TaosListener>>) method -> {
                    Set<TaosListener> listeners = AnnotatedElementUtils.findMergedRepeatableAnnotations(method,
                            TaosListener.class, TaosListeners.class);
                    return listeners.isEmpty() ? null : listeners;
                });
        if (methods.isEmpty()) {
            withoutListeners.add(type);
            return bean;
        }
        methods.forEach((method, listeners) -> {
            Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
            listeners.forEach(listener -> found(new Found(bean, invocable, listener)));
        });
        return bean;
    }

    /**
     * Whether a method of {@code type}, its superclasses or its interfaces carries an annotation that is, holds or
     * composes {@code @TaosListener}: only then can the merged search below find one. Every bean of the context
     * passes here, and reading declared annotations costs a fraction of a merged search per method through the
     * whole hierarchy (tens of milliseconds of an application's start-up).
     */
    private boolean declaresListenerAnnotations(Class<?> type) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            types.add(c);
        }
        types.addAll(ClassUtils.getAllInterfacesForClassAsSet(type));
        for (Class<?> c : types) {
            for (Method method : ReflectionUtils.getDeclaredMethods(c)) {
                for (Annotation annotation : method.getDeclaredAnnotations()) {
                    if (listenerAnnotationTypes.computeIfAbsent(annotation.annotationType(),
                            TaosListenerAnnotationBeanPostProcessor::isListenerAnnotation)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isListenerAnnotation(Class<? extends Annotation> type) {
        if (type == TaosListener.class || type == TaosListeners.class) {
            return true;
        }
        MergedAnnotations meta = MergedAnnotations.from(type);
        return meta.isPresent(TaosListener.class) || meta.isPresent(TaosListeners.class);
    }

    private synchronized void found(Found listener) {
        if (singletonsInstantiated) {
            register(listener);
        } else {
            found.add(listener);
        }
    }

    @Override
    public synchronized void afterSingletonsInstantiated() {
        singletonsInstantiated = true;
        found.forEach(this::register);
        found.clear();
    }

    private void register(Found listener) {
        TaosListenerEndpointRegistry registry = beanFactory.getBean(TaosListenerConfiguration.REGISTRY_BEAN_NAME,
                TaosListenerEndpointRegistry.class);
        TaosListener annotation = listener.annotation();
        String factoryName = orDefault(resolve(annotation.containerFactory()), DEFAULT_CONTAINER_FACTORY);
        registry.registerListenerContainer(endpoint(listener),
                beanFactory.getBean(factoryName, TaosListenerContainerFactory.class));
    }

    private TaosListenerEndpoint endpoint(Found listener) {
        TaosListener a = listener.annotation();
        String id = orDefault(resolve(a.id()), null);
        if (id == null) {
            id = "taosListener#" + generatedIds++;
        }
        Map<String, String> toCreate = new LinkedHashMap<>();
        for (TaosTopic topic : a.topic()) {
            toCreate.put(resolve(topic.name()), resolve(topic.sql()));
        }
        Set<String> topics = new LinkedHashSet<>();
        for (String topic : a.topics()) {
            topics.addAll(resolveAll(topic));
        }
        topics.addAll(toCreate.keySet());
        boolean batch = Boolean.parseBoolean(resolve(a.batch()));
        String concurrency = orDefault(resolve(a.concurrency()), null);
        String autoStartup = orDefault(resolve(a.autoStartup()), null);
        String ackMode = orDefault(resolve(a.ackMode()), null);
        String errorHandler = orDefault(resolve(a.errorHandler()), null);
        MessagingListenerAdapter adapter = new MessagingListenerAdapter(
                handlerMethods().createInvocableHandlerMethod(listener.bean(), listener.method()), batch, rows);
        return new TaosListenerEndpoint(id, List.copyOf(topics), toCreate, orDefault(resolve(a.groupId()), null),
                orDefault(resolve(a.clientIdPrefix()), null),
                concurrency == null ? null : Integer.valueOf(concurrency),
                autoStartup == null ? null : Boolean.valueOf(autoStartup),
                ackMode == null ? null : AckMode.valueOf(ackMode.toUpperCase(Locale.ROOT)),
                properties(a.properties()),
                errorHandler == null ? null : beanFactory.getBean(errorHandler, TaosErrorHandler.class), adapter);
    }

    private Map<String, String> properties(String[] entries) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String entry : entries) {
            String resolved = resolve(entry);
            int eq = resolved.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("@TaosListener properties take key=value, was: " + resolved);
            }
            properties.put(resolved.substring(0, eq).trim(), resolved.substring(eq + 1).trim());
        }
        return properties;
    }

    private MessageHandlerMethodFactory handlerMethods() {
        if (handlerMethods == null) {
            if (beanFactory.containsBean(HANDLER_METHOD_FACTORY_BEAN_NAME)) {
                handlerMethods = beanFactory.getBean(HANDLER_METHOD_FACTORY_BEAN_NAME, MessageHandlerMethodFactory.class);
            } else {
                DefaultMessageHandlerMethodFactory factory = new DefaultMessageHandlerMethodFactory();
                factory.setMessageConverter(new RowMessageConverter(rows));
                factory.setCustomArgumentResolvers(List.of(new ListenerArgumentResolver()));
                factory.setBeanFactory(beanFactory);
                factory.afterPropertiesSet();
                handlerMethods = factory;
            }
        }
        return handlerMethods;
    }

    private Object evaluate(String value) {
        String resolved = beanFactory.resolveEmbeddedValue(value);
        BeanExpressionResolver expressions = beanFactory.getBeanExpressionResolver();
        return expressions == null ? resolved : expressions.evaluate(resolved, expressionContext);
    }

    private String resolve(String value) {
        Object evaluated = evaluate(value);
        return evaluated == null ? "" : evaluated.toString();
    }

    private List<String> resolveAll(String value) {
        Object evaluated = evaluate(value);
        List<String> values = new ArrayList<>();
        if (evaluated instanceof String[] array) {
            values.addAll(List.of(array));
        } else if (evaluated instanceof Collection<?> collection) {
            collection.forEach(v -> values.add(String.valueOf(v)));
        } else if (evaluated != null) {
            values.add(evaluated.toString());
        }
        return values;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
