/** Test support: {@link io.taospring.boot.test.EmbeddedTaos} starts an embedded server per test class. */
package io.taospring.boot.test;
