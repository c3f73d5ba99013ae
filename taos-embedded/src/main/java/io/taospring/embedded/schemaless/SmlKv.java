package io.taospring.embedded.schemaless;

/**
 * A key and its value from one line.
 *
 * @param key      the unescaped key
 * @param value    the typed value
 * @param position where the key starts in the request's data (for error messages)
 */
record SmlKv(String key, SmlValue value, int position) {
}
