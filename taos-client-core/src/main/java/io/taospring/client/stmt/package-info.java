/**
 * Parameter binding: {@link io.taospring.client.stmt.TaosStatement} prepares an INSERT (or a query) once and
 * writes many rows, for many child tables, through the server's binding protocol ({@code protocol/ws-stmt.md}).
 */
package io.taospring.client.stmt;
