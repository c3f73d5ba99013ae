/** The core of the Spring integration: {@link io.taospring.spring.core.TaosTemplate} and its callbacks. */
package io.taospring.spring.core;
