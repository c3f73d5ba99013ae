/** Over-voltage alerts: the listener of the topic, the recent alerts and their REST endpoint. */
package io.taospring.demo.alert;
