/** Implementation of the session API, DSN parsing and SQL literal rendering; not public API. */
package io.taospring.client.internal;
