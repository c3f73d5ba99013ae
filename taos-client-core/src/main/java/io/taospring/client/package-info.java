/** The public API of the TDengine client: clients, sessions, results, configuration, types. */
package io.taospring.client;
