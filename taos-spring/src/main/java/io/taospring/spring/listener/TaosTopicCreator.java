package io.taospring.spring.listener;

import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcOperations;

/** Creates the topics {@link io.taospring.spring.annotation.TaosTopic} declares, when their containers start. */
@FunctionalInterface
public interface TaosTopicCreator {

    /** Creates topic {@code name} delivering {@code sql}, unless it exists. */
    void createIfAbsent(String name, String sql);

    /** Creates topics with {@code CREATE TOPIC IF NOT EXISTS name AS sql} through {@code jdbc}. */
    static TaosTopicCreator using(JdbcOperations jdbc) {
        Pattern identifier = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
        return (name, sql) -> {
            if (!identifier.matcher(name).matches()) {
                throw new IllegalArgumentException("not a topic name: " + name);
            }
            jdbc.execute("CREATE TOPIC IF NOT EXISTS " + name + " AS " + sql);
        };
    }
}
