/** The raw-block codec: TDengine's columnar result block decoded into a read-only view and encoded from columns. */
package io.taospring.client.codec;
