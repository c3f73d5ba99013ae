/**
 * The REST transport: each statement is one {@code POST /rest/sql[/{db}]} to taosAdapter, its JSON answer
 * parsed as a stream into raw blocks ({@code protocol/rest.md}).
 */
package io.taospring.client.transport.rest;
