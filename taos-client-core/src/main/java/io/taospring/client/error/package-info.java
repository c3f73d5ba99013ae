/** The client's errors: one root exception, the reference connector's categories, and the table from server codes to categories. */
package io.taospring.client.error;
