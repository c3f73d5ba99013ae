/** The simulated meters: their readings and status, the schema, the queries and the REST endpoints. */
package io.taospring.demo.meter;
