/** The smart-meter demo application and its settings. */
package io.taospring.demo;
