/**
 * The annotations of taos-spring's listener support: {@link io.taospring.spring.annotation.TaosListener} on a
 * method consumes TMQ topics, {@link io.taospring.spring.annotation.TaosTopic} declares a topic to create, and
 * {@link io.taospring.spring.annotation.EnableTaos} turns the processing on outside Spring Boot.
 */
package io.taospring.spring.annotation;
