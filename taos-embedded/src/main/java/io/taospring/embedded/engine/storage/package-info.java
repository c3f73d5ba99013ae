/** Internal: the catalog (databases, tables, topics) and the columnar in-memory row storage. */
package io.taospring.embedded.engine.storage;
