/**
 * Schemaless writes on the embedded server ({@code protocol/ws-schemaless.md}): parsers for InfluxDB line
 * protocol, OpenTSDB telnet and OpenTSDB JSON that follow libtaos' rules, and the inserter that creates and
 * widens super tables, names and creates child tables, and writes the rows.
 */
package io.taospring.embedded.schemaless;
