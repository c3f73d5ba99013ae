/** The transport SPI: one implementation per way of reaching TDengine (WebSocket, REST, native). */
package io.taospring.client.transport;
