/** Internal: expression compilation and evaluation, SELECT execution, aggregates, windows and results. */
package io.taospring.embedded.engine.query;
